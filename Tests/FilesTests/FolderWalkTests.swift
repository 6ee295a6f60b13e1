import Foundation
import SeamScanFiles
import Testing

@Suite struct FolderWalkTests {
  @Test func entriesComeInByteOrderDepthFirstWithoutHiddenOnes() throws {
    let folder = try ScratchFolder()
    for name in ["b.mp4", "a/z.mp4", "a/b/c.mp4", "B.mp4", ".hidden.mp4", ".cache/x.mp4", "é.mp4"] {
      let url = folder.url.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data().write(to: url)
    }
    var walk = FolderWalk()
    let found = walk.entries(under: folder.path)
    #expect(found == ["B.mp4", "a/b/c.mp4", "a/z.mp4", "b.mp4", "é.mp4"].map { .file(folder.file($0)) })
  }

  @Test func specialFilesAndBrokenLinksAreReportedNotOpened() throws {
    let folder = try ScratchFolder()
    try folder.makeFIFO("pipe")
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("gone").path, withDestinationPath: "nowhere")
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("to-pipe").path, withDestinationPath: "pipe")
    var walk = FolderWalk()
    #expect(
      walk.entries(under: folder.path) == [
        .brokenLink(folder.file("gone")), .special(folder.file("pipe"), .namedPipe),
        .special(folder.file("to-pipe"), .namedPipe),
      ])
  }

  @Test func aLinkLoopIsWalkedOnce() throws {
    let folder = try ScratchFolder()
    try FileSystem.createFolder(folder.file("inner"))
    try Data().write(to: folder.url.appendingPathComponent("inner/clip.mp4"))
    try FileManager.default.createSymbolicLink(
      atPath: folder.url.appendingPathComponent("inner/up").path, withDestinationPath: "..")
    var walk = FolderWalk()
    #expect(walk.entries(under: folder.path) == [.file(folder.file("inner/clip.mp4"))])
    // The same walk goes into no folder twice, whichever path names it.
    #expect(walk.entries(under: folder.file("inner")).isEmpty)
  }

  @Test func anUnreadableFolderIsReported() throws {
    let folder = try ScratchFolder()
    var walk = FolderWalk()
    let missing = folder.file("missing")
    #expect(walk.entries(under: missing) == [.unreadableFolder(missing)])
  }
}
