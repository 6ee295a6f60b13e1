import SeamScanFiles
import Testing

@Suite struct ReadOnlyFileTests {
  @Test func readsTheBytesItOpened() throws {
    let folder = try ScratchFolder()
    try folder.write("0123456789", to: "data")
    let file = try ReadOnlyFile(opening: folder.file("data"))
    #expect(file.size == 10)
    #expect(file.read(at: 8, count: 10) == Array("89".utf8))
    var chunks: [[UInt8]] = []
    #expect(file.readAll(chunkSize: 4) { chunks.append(Array($0)) } == 10)
    #expect(chunks == ["0123", "4567", "89"].map { Array($0.utf8) })
  }

  @Test func whatIsNotARegularFileIsRefusedWithoutBlocking() throws {
    let folder = try ScratchFolder()
    try folder.makeFIFO("pipe")
    #expect(throws: OpenError.notRegularFile(kind: "named pipe (FIFO)")) {
      try ReadOnlyFile(opening: folder.file("pipe"))
    }
    #expect(throws: OpenError.isDirectory) { try ReadOnlyFile(opening: folder.path) }
    #expect(throws: OpenError.missing(detail: nil)) { try ReadOnlyFile(opening: folder.file("none")) }
  }
}
