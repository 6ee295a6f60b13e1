import Foundation
import SeamScanFiles
import Testing

/// A user's path as records name it: the form Foundation's file URLs gave, kept as bytes.
@Suite struct ResolvedPathTests {
  static let paths = [
    "out.mp4", "./out.mp4", "a/../out.mp4", "../up.mp4", "a/./b.mp4", "a//b.mp4", "a/", "./", ".", "..", "a/b/..",
    "/abs//x.mp4", "/a/./b", "/a/../b", "/a/b/", "/", "Bằng chứng/clip.mp4",
  ]

  @Test(arguments: paths) func sameAsFoundationForText(_ path: String) {
    #expect(FileSystem.resolved(BytePath(path)).display == URL(fileURLWithPath: path).path)
  }

  @Test func bytesThatAreNotUTF8AreKept() throws {
    let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".mp4".utf8)
    let resolved = FileSystem.resolved(BytePath(bytes: Array("./".utf8) + name))
    #expect(resolved.lastComponent == name)
    #expect(resolved.parent == FileSystem.resolved(BytePath(".")))
  }
}
