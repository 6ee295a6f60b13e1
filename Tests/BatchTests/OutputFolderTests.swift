import Foundation
import SeamScanFiles
import SeamScanRecords
import Testing

@testable import SeamScanBatch

@Suite struct OutputFolderTests {
  @Test func sameNamedInputsInDifferentFoldersGetDifferentOutputs() {
    let names = ["/a/clip.mp4", "/b/clip.mp4", "/c/other.mp4"].map {
      OutputFolder.outputName(for: BytePath($0), contentSHA256: nil)
    }
    #expect(Set(names).count == 3)
    #expect(names.allSatisfy { $0.hasSuffix(".seamscan.jsonl") })
    #expect(names[0].hasPrefix("clip.mp4.") && names[2].hasPrefix("other.mp4."))
  }

  @Test func anOutputNameDependsOnTheInputAlone() {
    let name = OutputFolder.outputName(for: BytePath("/evidence/case 12/clip.mp4"), contentSHA256: nil)
    #expect(OutputFolder.outputName(for: BytePath("/evidence/case 12/clip.mp4"), contentSHA256: nil) == name)
    #expect(name.range(of: #"^clip\.mp4\.[0-9a-f]{16}\.seamscan\.jsonl$"#, options: .regularExpression) != nil)
  }

  @Test func standardInputIsNamedAfterItsContent() {
    let one = OutputFolder.outputName(for: .standardInput, contentSHA256: String(repeating: "a", count: 64))
    let two = OutputFolder.outputName(for: .standardInput, contentSHA256: String(repeating: "b", count: 64))
    #expect(one.hasPrefix("stdin.") && one != two)
  }

  @Test func namesThatAreNotUTF8StayDistinctAndReadable() {
    let latin1 = BytePath(bytes: Array("/e/caf".utf8) + [0xE9] + Array(".jpg".utf8))
    let replaced = BytePath("/e/caf\u{FFFD}.jpg")
    let name = OutputFolder.outputName(for: latin1, contentSHA256: nil)
    #expect(name.hasPrefix("caf\\xE9.jpg."))
    #expect(name != OutputFolder.outputName(for: replaced, contentSHA256: nil))
  }

  @Test func optionDifferencesNameEachChangedKey() {
    let base = ScanOptions(
      maxSide: 640, detailMaxSide: 2160, start: nil, duration: nil, maxFrames: 10, stride: 1, landmarks: false,
      cues: true, faces: nil, scoring: nil)
    var changed = base
    changed.maxFrames = 3
    changed.cues = false
    #expect(OutputFolder.differences(base, changed) == "max_frames 10→3, cues true→false")
    #expect(OutputFolder.differences(base, base).isEmpty)
  }
}
