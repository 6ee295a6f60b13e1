import Foundation
import SeamScanFiles
import Testing

/// The one atomic write: the file appears whole under its name or not at all, no temporary file
/// stays behind, and nothing but a regular file is ever replaced.
@Suite struct AtomicFileTests {
  @Test func aWriteLeavesOnlyTheFinishedFile() throws {
    let folder = try ScratchFolder()
    try AtomicFile.write(Array("first".utf8), to: folder.file("out.txt"))
    try AtomicFile.write(Array("second".utf8), to: folder.file("out.txt"))
    #expect(folder.names == ["out.txt"])
    #expect(try folder.read("out.txt") == "second")
  }

  @Test func aDiscardedWriteLeavesNothing() throws {
    let folder = try ScratchFolder()
    try folder.write("earlier", to: "out.txt")
    let file = try AtomicFile(destination: folder.file("out.txt"), temporarySuffix: ".mp4")
    try file.write(Array("unfinished".utf8))
    #expect(folder.names.count == 2)
    #expect(AtomicFile.isLeftover(file.temporary.lastComponent))
    file.discard()
    #expect(folder.names == ["out.txt"])
    #expect(try folder.read("out.txt") == "earlier")
  }

  @Test func aWriteThatMayNotReplaceLeavesTheFileAndNoTemporary() throws {
    let folder = try ScratchFolder()
    try folder.write("earlier", to: "out.txt")
    let error = #expect(throws: OutputError.self) {
      try AtomicFile.write(Array("new".utf8), to: folder.file("out.txt"), replacing: false)
    }
    #expect(error?.destinationExists == true)
    #expect(folder.names == ["out.txt"])
    #expect(try folder.read("out.txt") == "earlier")
  }

  @Test func aDestinationTakenMidwayIsLeftAsItIsAndTheTemporaryRemoved() throws {
    let folder = try ScratchFolder()
    let file = try AtomicFile(destination: folder.file("out.txt"), replacing: false)
    try file.write(Array("new".utf8))
    try folder.write("someone else's", to: "out.txt")
    #expect(throws: OutputError.self) { try file.commit() }
    #expect(folder.names == ["out.txt"])
    #expect(try folder.read("out.txt") == "someone else's")
  }

  @Test(arguments: [FileKind.namedPipe, .directory])
  func somethingOtherThanAFileIsNeverReplaced(kind: FileKind) throws {
    let folder = try ScratchFolder()
    if kind == .namedPipe {
      try folder.makeFIFO("out")
    } else {
      try FileSystem.createFolder(folder.file("out"))
    }
    #expect(AtomicFile.obstacle(at: folder.file("out")) == kind)
    let error = #expect(throws: OutputError.self) { try AtomicFile.write(Array("x".utf8), to: folder.file("out")) }
    #expect(error?.obstacle == kind)
    #expect(folder.names == ["out"])
    #expect(FileSystem.status(folder.file("out"), followLinks: false)?.kind == kind)
  }

  @Test func anObstacleThatAppearsBeforeTheMoveIsRefusedToo() throws {
    let folder = try ScratchFolder()
    let file = try AtomicFile(destination: folder.file("out"))
    try file.write(Array("x".utf8))
    try folder.makeFIFO("out")
    let error = #expect(throws: OutputError.self) { try file.commit() }
    #expect(error?.obstacle == .namedPipe)
    #expect(folder.names == ["out"])
  }

  @Test func leftoversAreRemovedUnlessAWriteStillHoldsThem() throws {
    let folder = try ScratchFolder()
    let live = try AtomicFile(destination: folder.file("live.txt"))
    try folder.write("killed run", to: ".dead.txt.0123.partial")
    try folder.write("not ours", to: ".notes.txt")
    AtomicFile.removeLeftovers(in: folder.path)
    #expect(Set(folder.names) == [".notes.txt", String(decoding: live.temporary.lastComponent, as: UTF8.self)])
    try live.commit()
    #expect(Set(folder.names) == [".notes.txt", "live.txt"])
  }

  @Test func leftoverNames() {
    #expect(AtomicFile.isLeftover(Array(".clip.A1.partial".utf8)))
    #expect(AtomicFile.isLeftover(Array(".clip.A1.partial.mp4".utf8)))
    #expect(!AtomicFile.isLeftover(Array("clip.A1.partial".utf8)))
    #expect(!AtomicFile.isLeftover(Array(".clip.partial.mp4.bak".utf8)))
  }

  @Test func aLongNameKeepsItsTemporaryWithinTheLimit() throws {
    let folder = try ScratchFolder()
    let name = String(repeating: "n", count: AtomicFile.longestName)
    let file = try AtomicFile(destination: folder.file(name), temporarySuffix: ".mp4")
    #expect(file.temporary.lastComponent.count <= AtomicFile.longestName)
    try file.commit()
    #expect(folder.names == [name])
  }
}
