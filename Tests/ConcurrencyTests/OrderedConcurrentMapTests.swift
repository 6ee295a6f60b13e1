import Testing

@testable import SeamScanConcurrency

@Suite struct OrderedConcurrentMapTests {
  @Test func resultsArriveInInputOrderWhateverTheFinishingOrder() async throws {
    let source = AsyncStream<Int> { continuation in
      for value in 0..<200 { continuation.yield(value) }
      continuation.finish()
    }
    var seen: [Int] = []
    try await orderedConcurrentMap(source, window: 8) { value -> Int in
      // Uneven work so later items often finish first.
      var x = 0
      for i in 0..<((200 - value) * 500) { x &+= i }
      return value * 2 + (x == -1 ? 1 : 0)
    } consume: {
      seen.append($0)
    }
    #expect(seen == (0..<200).map { $0 * 2 })
  }

  @Test func consumerErrorsStopTheMap() async {
    let source = AsyncStream<Int> { continuation in
      for value in 0..<50 { continuation.yield(value) }
      continuation.finish()
    }
    struct Stop: Error {}
    var consumed = 0
    do {
      try await orderedConcurrentMap(source, window: 4) {
        $0
      } consume: { value in
        if value == 10 { throw Stop() }
        consumed += 1
      }
      Issue.record("expected the error to propagate")
    } catch {
      #expect(error is Stop)
      #expect(consumed == 10)
    }
  }
}
