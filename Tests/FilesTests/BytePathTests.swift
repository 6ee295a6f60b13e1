import Foundation
import SeamScanFiles
import Testing

/// Paths as bytes: names that are not UTF-8 keep their bytes and have one stable text form.
@Suite struct BytePathTests {
  static let latin1 = BytePath(bytes: Array("dir/caf".utf8) + [0xE9] + Array(".jpg".utf8))

  @Test func validUTF8IsShownAsItIs() {
    let path = BytePath("Bằng chứng/clip.mp4")
    #expect(path.display == "Bằng chứng/clip.mp4")
    #expect(path.hex == nil)
  }

  @Test func invalidBytesAreEscapedAndKeptInHex() {
    #expect(Self.latin1.display == "dir/caf\\xE9.jpg")
    #expect(Self.latin1.hex == "6469722f636166e92e6a7067")
    // A valid multi-byte character next to an invalid byte survives.
    let mixed = BytePath(bytes: Array("é".utf8) + [0xFF])
    #expect(mixed.display == "é\\xFF")
  }

  @Test func componentsAndExtensions() {
    #expect(Self.latin1.lastComponent == Array("caf".utf8) + [0xE9] + Array(".jpg".utf8))
    #expect(Self.latin1.parent == BytePath("dir"))
    #expect(Self.latin1.lowercasedExtension == "jpg")
    #expect(BytePath("a/B.MP4").lowercasedExtension == "mp4")
    #expect(BytePath("clip").parent == BytePath("."))
    #expect(BytePath("/clip").parent == BytePath("/"))
    #expect(BytePath("dir/").appending(Array("x".utf8)) == BytePath("dir/x"))
  }

  @Test func hexReadsBackToTheSameBytes() {
    #expect(BytePath(hex: Self.latin1.hex!) == Self.latin1)
    #expect(BytePath(hex: "6G") == nil)
    #expect(BytePath(hex: "abc") == nil)
  }

  @Test func theCStringHasTheExactBytes() {
    let bytes = Self.latin1.withCString { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) }
    #expect(bytes == Self.latin1.bytes)
  }
}
