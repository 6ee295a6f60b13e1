import Dispatch
import Synchronization

/// At most a given number of threads at work at once among those that share it: its turns.
///
/// Work that may wait (a frame's preparation, the ordered stages) takes a turn with
/// ``withTurn(_:)`` and suspends until one is free; a thread of its own outside Swift's
/// cooperative pool (the decoder's) takes one with ``withTurnBlocking(_:)``, which blocks it
/// meanwhile; work already holding a turn that could
/// spread over more threads (a cascade's pyramid levels) borrows the turns nobody is using,
/// without waiting. So a scan given N threads keeps at most N busy, however its work is split.
public final class ThreadLimit: Sendable {
  private let state: Mutex<State>

  private struct State {
    var free: Int
    var waiting: [Waiter] = []
  }

  /// A task suspended for a turn, or a thread blocked for one.
  private enum Waiter {
    case task(CheckedContinuation<Void, Never>)
    case thread(DispatchSemaphore)

    func wake() {
      switch self {
      case .task(let continuation): continuation.resume()
      case .thread(let semaphore): semaphore.signal()
      }
    }
  }

  /// `limit` turns; at least one.
  public init(_ limit: Int) {
    state = Mutex(State(free: max(1, limit)))
  }

  /// Runs `body` once a turn is free; waiters are served in order.
  public func withTurn<Result>(_ body: () async throws -> Result) async rethrows -> Result {
    await acquire()
    defer { release(1) }
    return try await body()
  }

  /// Runs `body` on the calling thread once a turn is free, blocking the thread until then;
  /// only for threads outside the cooperative pool. Waiters are served in order.
  public func withTurnBlocking<Result>(_ body: () throws -> Result) rethrows -> Result {
    let wait = DispatchSemaphore(value: 0)
    if !take(or: .thread(wait)) { wait.wait() }
    defer { release(1) }
    return try body()
  }

  /// Takes up to `count` free turns without waiting; returns how many it took.
  func borrow(upTo count: Int) -> Int {
    state.withLock { state in
      let taken = min(max(0, count), state.free)
      state.free -= taken
      return taken
    }
  }

  func release(_ count: Int) {
    let resumed = state.withLock { state in
      state.free += count
      let woken = min(state.free, state.waiting.count)
      state.free -= woken
      let resumed = Array(state.waiting.prefix(woken))
      state.waiting.removeFirst(woken)
      return resumed
    }
    for waiter in resumed { waiter.wake() }
  }

  private func acquire() async {
    await withCheckedContinuation { (turn: CheckedContinuation<Void, Never>) in
      if take(or: .task(turn)) { turn.resume() }
    }
  }

  /// Takes a free turn, or queues `waiter` to be woken with one; true when a turn was taken.
  private func take(or waiter: Waiter) -> Bool {
    state.withLock { state in
      guard state.free > 0 else {
        state.waiting.append(waiter)
        return false
      }
      state.free -= 1
      return true
    }
  }
}
