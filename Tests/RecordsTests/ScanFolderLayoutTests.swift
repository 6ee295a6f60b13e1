import SeamScanFiles
import Testing

@testable import SeamScanRecords

@Suite struct ScanFolderLayoutTests {
  static let id = "0123456789abcdef"

  @Test func anOutputIsTheInputsNameItsIdAndTheSuffix() {
    #expect(
      ScanFolderLayout.outputName(input: Array("clip.mp4".utf8), id: Self.id) == "clip.mp4.\(Self.id).seamscan.jsonl")
    #expect(ScanFolderLayout.outputName(input: nil, id: Self.id) == "stdin.\(Self.id).seamscan.jsonl")
  }

  @Test func controlCharactersAndBytesThatAreNotUTF8StayReadable() {
    let name = Array("a\tb".utf8) + [0xE9] + Array(".jpg".utf8)
    #expect(ScanFolderLayout.outputName(input: name, id: Self.id) == "a_b\\xE9.jpg.\(Self.id).seamscan.jsonl")
  }

  @Test func aLongNameIsShortenedByWholeCharactersToFitAFileName() {
    let long = String(repeating: "ạ", count: 120)  // 3 bytes each in UTF-8
    let name = ScanFolderLayout.outputName(input: Array(long.utf8), id: Self.id)
    #expect(name.utf8.count <= 255 && name.utf8.count > 250)
    #expect(name.hasSuffix(".\(Self.id).seamscan.jsonl"))
    #expect(name.hasPrefix(String(repeating: "ạ", count: 74)))
  }

  @Test func theIdentityIsTheRealFolderAndTheName() {
    #expect(
      ScanFolderLayout.identity(realFolder: BytePath("/e/case 1"), name: Array("x.mp4".utf8))
        == Array("/e/case 1/x.mp4".utf8))
    #expect(ScanFolderLayout.identity(standardInputSHA256: nil) == Array("-".utf8))
  }

  @Test func hiddenFilesAreNeverOutputs() {
    #expect(ScanFolderLayout.isOutputName("clip.mp4.\(Self.id).seamscan.jsonl"))
    #expect(!ScanFolderLayout.isOutputName(".clip.mp4.\(Self.id).seamscan.jsonl"))
    #expect(!ScanFolderLayout.isOutputName("summary.csv"))
  }
}
