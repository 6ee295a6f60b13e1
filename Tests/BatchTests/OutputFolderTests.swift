import Testing

@testable import SeamScanBatch

@Suite struct OutputFolderTests {
  @Test func outputNamesStayUniqueForSameNamedInputs() {
    let inputs = ["/a/clip.mp4", "/b/clip.mp4", "/c/other.mp4", "/d/clip.mp4"].map { ScanInput(path: $0, named: true) }
    #expect(
      OutputFolder.recordFileNames(for: inputs)
        == [
          "clip.mp4.seamscan.jsonl", "clip.mp4-2.seamscan.jsonl", "other.mp4.seamscan.jsonl",
          "clip.mp4-3.seamscan.jsonl",
        ])
  }
}
