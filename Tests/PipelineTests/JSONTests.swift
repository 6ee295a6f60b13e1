@testable import SeamScanPipeline
import XCTest

final class JSONTests: XCTestCase {
  func testKeysKeepInsertionOrder() {
    var object = JSONObject(["type": "frame", "b": 1])
    object["a"] = .bool(true)
    object["b"] = .int(2)
    XCTAssertEqual(JSONValue.object(object).serialized, #"{"type":"frame","b":2,"a":true}"#)
  }

  func testNumbersAreStableAndNullIsDistinctFromZero() {
    XCTAssertEqual(JSONValue.format(0.04), "0.04")
    XCTAssertEqual(JSONValue.format(25), "25")
    XCTAssertEqual(JSONValue.format(-0.0000001), "0")
    XCTAssertEqual(JSONValue.format(1.0 / 3.0), "0.333333")
    XCTAssertEqual(JSONValue.double(.nan).serialized, "null")
    XCTAssertEqual(JSONValue(nil as Double?).serialized, "null")
    XCTAssertEqual(JSONValue(0.0 as Double?).serialized, "0")
  }

  func testStringsAreEscaped() {
    XCTAssertEqual(JSONValue.string("a\"b\\c\nd\u{01}ằ").serialized, #""a\"b\\c\nd\u0001ằ""#)
  }
}

final class OrderedConcurrentMapTests: XCTestCase {
  func testResultsArriveInInputOrderWhateverTheFinishingOrder() async throws {
    let source = AsyncStream<Int> { continuation in
      for value in 0..<200 { continuation.yield(value) }
      continuation.finish()
    }
    var seen: [Int] = []
    try await orderedConcurrentMap(source, window: 8, transform: { value -> Int in
      // Uneven work so later items often finish first.
      var x = 0
      for i in 0..<((200 - value) * 500) { x &+= i }
      return value * 2 + (x == -1 ? 1 : 0)
    }) { seen.append($0) }
    XCTAssertEqual(seen, (0..<200).map { $0 * 2 })
  }

  func testConsumerErrorsStopTheMap() async {
    let source = AsyncStream<Int> { continuation in
      for value in 0..<50 { continuation.yield(value) }
      continuation.finish()
    }
    struct Stop: Error {}
    var consumed = 0
    do {
      try await orderedConcurrentMap(source, window: 4, transform: { $0 }) { value in
        if value == 10 { throw Stop() }
        consumed += 1
      }
      XCTFail("expected the error to propagate")
    } catch {
      XCTAssertTrue(error is Stop)
      XCTAssertEqual(consumed, 10)
    }
  }
}

final class SummaryTableTests: XCTestCase {
  func testCSVQuotesFieldsThatNeedIt() {
    var row = SummaryRow(path: "/evidence/a, \"b\".mp4", status: "analysed", output: "x.jsonl")
    row.score = 0.5
    let csv = SummaryTable.csv([row])
    let lines = csv.split(separator: "\n")
    XCTAssertEqual(lines.count, 2)
    XCTAssertTrue(lines[1].hasPrefix(#""/evidence/a, ""b"".mp4",analysed,"#))
    XCTAssertTrue(lines[1].contains(",0.5,"))
  }

  func testOutputNamesStayUniqueForSameNamedInputs() {
    let inputs = ["/a/clip.mp4", "/b/clip.mp4", "/c/other.mp4", "/d/clip.mp4"].map { ScanInput(path: $0, named: true) }
    XCTAssertEqual(
      OutputFolder.recordFileNames(for: inputs),
      ["clip.mp4.seamscan.jsonl", "clip.mp4-2.seamscan.jsonl", "other.mp4.seamscan.jsonl", "clip.mp4-3.seamscan.jsonl"])
  }
}
