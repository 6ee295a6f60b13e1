/// Runs `transform` on up to `window` elements at once and hands the results
/// to `consume` strictly in input order.
///
/// This is the backbone of frames and of batches: work that needs no other
/// element runs on all cores, while `consume` sees results one by one, in
/// order, so sequential state (face tracks, temporal cues, output) stays
/// deterministic whatever the thread count.
///
/// `window` bounds the elements in flight; a `limit` bounds the threads at work, which
/// transforms and `consume` share: with a limit of 1 they take turns on one thread.
public func orderedConcurrentMap<Source: AsyncSequence & Sendable, Transformed: Sendable>(
  _ source: Source,
  window: Int,
  limit: ThreadLimit? = nil,
  transform: @escaping @Sendable (Source.Element) async throws -> Transformed,
  consume: (Transformed) async throws -> Void
) async throws where Source.Element: Sendable {
  var iterator = source.makeAsyncIterator()
  guard let limit else {
    try await orderedMap(next: { try await iterator.next() }, window: window, transform: transform, consume: consume)
    return
  }
  try await orderedMap(
    next: { try await iterator.next() }, window: window,
    transform: { element in try await limit.withTurn { try await transform(element) } },
    consume: { value in try await limit.withTurn { try await consume(value) } })
}

/// The same over an ordinary sequence, such as the inputs of a batch.
public func orderedConcurrentMap<Elements: Sequence, Transformed: Sendable>(
  _ elements: Elements,
  window: Int,
  transform: @escaping @Sendable (Elements.Element) async throws -> Transformed,
  consume: (Transformed) async throws -> Void
) async throws where Elements.Element: Sendable {
  var iterator = elements.makeIterator()
  try await orderedMap(next: { iterator.next() }, window: window, transform: transform, consume: consume)
}

private func orderedMap<Element: Sendable, Transformed: Sendable>(
  next: () async throws -> Element?,
  window: Int,
  transform: @escaping @Sendable (Element) async throws -> Transformed,
  consume: (Transformed) async throws -> Void
) async throws {
  let window = max(1, window)
  try await withThrowingTaskGroup(of: (Int, Transformed).self) { group in
    var ready: [Int: Transformed] = [:]
    var nextToConsume = 0
    var submitted = 0

    func collectOne() async throws {
      guard let (index, value) = try await group.next() else { return }
      ready[index] = value
      while let value = ready.removeValue(forKey: nextToConsume) {
        try await consume(value)
        nextToConsume += 1
      }
    }

    while let element = try await next() {
      let index = submitted
      group.addTask { (index, try await transform(element)) }
      submitted += 1
      while submitted - nextToConsume >= window { try await collectOne() }
    }
    while nextToConsume < submitted { try await collectOne() }
  }
}
