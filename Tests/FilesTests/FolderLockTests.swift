import SeamScanFiles
import Testing

@Suite struct FolderLockTests {
  @Test func aSecondHolderIsKeptOutUntilTheFirstLetsGo() throws {
    let folder = try ScratchFolder()
    let path = folder.file(".seamscan.lock")
    var first = try FolderLock(path: path)
    #expect(first != nil)
    #expect(try FolderLock(path: path) == nil)
    first = nil
    #expect(try FolderLock(path: path) != nil)
  }

  @Test func aLockInAFolderThatCannotBeMadeIsAnError() throws {
    let folder = try ScratchFolder()
    try folder.write("", to: "file")
    #expect(throws: OutputError.self) { try FolderLock(path: folder.file("file/.lock")) }
  }
}
