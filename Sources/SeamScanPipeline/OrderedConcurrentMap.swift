/// Runs `transform` on up to `window` elements at once and hands the results
/// to `consume` strictly in input order.
///
/// This is the pipeline's backbone: per-frame work that needs no other frame
/// runs on all cores, while `consume` sees frames one by one, in order, so
/// sequential state (face tracks, temporal cues, output) stays deterministic
/// whatever the thread count.
public func orderedConcurrentMap<Source: AsyncSequence & Sendable, Transformed: Sendable>(
  _ source: Source,
  window: Int,
  transform: @escaping @Sendable (Source.Element) -> Transformed,
  consume: (Transformed) throws -> Void
) async throws where Source.Element: Sendable {
  let window = max(1, window)
  try await withThrowingTaskGroup(of: (Int, Transformed).self) { group in
    var ready: [Int: Transformed] = [:]
    var nextToConsume = 0
    var submitted = 0

    func collectOne() async throws {
      guard let (index, value) = try await group.next() else { return }
      ready[index] = value
      while let value = ready.removeValue(forKey: nextToConsume) {
        try consume(value)
        nextToConsume += 1
      }
    }

    for try await element in source {
      let index = submitted
      group.addTask { (index, transform(element)) }
      submitted += 1
      while submitted - nextToConsume >= window { try await collectOne() }
    }
    while nextToConsume < submitted { try await collectOne() }
  }
}
