import Testing

@testable import SeamScanRecords

@Suite struct JSONTests {
  @Test func keysKeepInsertionOrder() {
    var object = JSONObject(["type": "frame", "b": 1])
    object["a"] = .bool(true)
    object["b"] = .int(2)
    #expect(JSONValue.object(object).serialized == #"{"type":"frame","b":2,"a":true}"#)
  }

  @Test func numbersAreStableAndNullIsDistinctFromZero() {
    #expect(JSONValue.format(0.04) == "0.04")
    #expect(JSONValue.format(25) == "25")
    #expect(JSONValue.format(-0.0000001) == "0")
    #expect(JSONValue.format(1.0 / 3.0) == "0.333333")
    #expect(JSONValue.double(.nan).serialized == "null")
    #expect(JSONValue(nil as Double?).serialized == "null")
    #expect(JSONValue(0.0 as Double?).serialized == "0")
  }

  @Test func stringsAreEscaped() {
    #expect(JSONValue.string("a\"b\\c\nd\u{01}ằ").serialized == #""a\"b\\c\nd\u0001ằ""#)
  }
}
