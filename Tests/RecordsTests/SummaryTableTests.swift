import Testing

@testable import SeamScanRecords

@Suite struct SummaryTableTests {
  @Test func csvQuotesFieldsThatNeedIt() {
    var row = SummaryRow(path: "/evidence/a, \"b\".mp4", status: .analysed, output: "x.jsonl")
    row.score = 0.5
    let csv = SummaryTable.csv([row])
    let lines = csv.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[1].hasPrefix(#""/evidence/a, ""b"".mp4",,analysed,"#))
    #expect(lines[0].hasPrefix("path,path_hex,status,sha256,"))
    #expect(lines[1].contains(",0.5,"))
  }

  @Test func rowsReadBackAsTheyWereWritten() {
    var analysed = SummaryRow(
      path: "=cmd|' /C calc'!A0.mp4", status: .analysed, sha256: String(repeating: "a", count: 64),
      output: "x.seamscan.jsonl")
    analysed.framesDecoded = 10
    analysed.framesAnalysed = 5
    analysed.decodeErrors = 0
    analysed.truncated = false
    analysed.framesWithFace = 4
    analysed.score = 0.25
    analysed.verdict = .noEvidenceFound
    let skipped = SummaryRow(path: "caf\\xE9.txt", pathHex: "636166e92e747874", status: .skipped, message: "'quoted'")
    #expect(SummaryTable.rows(fromCSV: SummaryTable.csv([analysed, skipped])) == [analysed, skipped])
  }

  @Test func rowsWithoutAPathOrAKnownStatusAreLeftOut() {
    let csv = "path,status,output,extra\nclip.mp4,analysed,a.jsonl,1\n,failed,b.jsonl,2\nold.mp4,lost,c.jsonl,3\n"
    #expect(SummaryTable.rows(fromCSV: csv).map(\.path) == ["clip.mp4"])
  }
}
