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
}
