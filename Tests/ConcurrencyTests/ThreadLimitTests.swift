import Dispatch
import Synchronization
import Testing

@testable import SeamScanConcurrency

/// Counts the work under way at once and the most ever seen.
private final class Occupancy: Sendable {
  private let counts = Mutex((now: 0, most: 0))

  var most: Int { counts.withLock { $0.most } }

  /// Runs `work` as one unit of occupancy, spinning long enough for others to overlap it.
  func occupy<Result>(_ work: () -> Result) -> Result {
    counts.withLock { counts in
      counts.now += 1
      counts.most = max(counts.most, counts.now)
    }
    defer { counts.withLock { $0.now -= 1 } }
    var spin = 0
    for index in 0..<200_000 { spin &+= index }
    precondition(spin != -1)
    return work()
  }
}

@Suite struct ThreadLimitTests {
  private func numbers(_ count: Int) -> AsyncStream<Int> {
    AsyncStream { continuation in
      for value in 0..<count { continuation.yield(value) }
      continuation.finish()
    }
  }

  @Test(arguments: [1, 2, 3])
  func transformsAndConsumerShareTheLimit(limit: Int) async throws {
    let occupancy = Occupancy()
    var seen: [Int] = []
    try await orderedConcurrentMap(numbers(40), window: 8, limit: ThreadLimit(limit)) { value in
      occupancy.occupy { value }
    } consume: { value in
      seen.append(occupancy.occupy { value })
    }
    #expect(seen == Array(0..<40))
    #expect(occupancy.most <= limit)
  }

  @Test func cascadeLevelsBorrowOnlyIdleTurns() async {
    let limit = ThreadLimit(3)
    let occupancy = Occupancy()
    // The caller holds one turn; a second is taken elsewhere, so one helper at most may join it.
    let levels = await limit.withTurn {
      await limit.withTurn {
        concurrentMap(count: 12, limit: limit) { index in occupancy.occupy { index * index } }
      }
    }
    #expect(levels == (0..<12).map { $0 * $0 })
    #expect(occupancy.most <= 2)
    // Borrowed turns are given back.
    #expect(limit.borrow(upTo: 5) == 3)
  }

  @Test func aLimitOfOneKeepsEveryLevelOnTheCallingThread() async {
    let limit = ThreadLimit(1)
    let occupancy = Occupancy()
    let levels = await limit.withTurn {
      concurrentMap(count: 8, limit: limit) { index in occupancy.occupy { index } }
    }
    #expect(levels == Array(0..<8))
    #expect(occupancy.most == 1)
  }
}
