import Dispatch
import Synchronization

/// `(0..<count).map(transform)` spread over the cores with
/// `DispatchQueue.concurrentPerform`; results come back in index order.
///
/// With a `limit`, the calling thread (which holds one of its turns) is joined only by as
/// many threads as the limit has turns free; with none free, it works through the indices alone.
public func concurrentMap<Element: Sendable>(
  count: Int, limit: ThreadLimit? = nil, _ transform: @Sendable (Int) -> Element
) -> [Element] {
  let slots = ResultSlots<Element>(count: count)
  guard let limit else {
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.store(transform(index), at: index)
    }
    return slots.collect()
  }
  let helpers = limit.borrow(upTo: count - 1)
  defer { limit.release(helpers) }
  // Each thread takes the next index not yet taken, so a slow index does not hold up the rest.
  let next = Atomic(0)
  DispatchQueue.concurrentPerform(iterations: helpers + 1) { _ in
    while case let index = next.add(1, ordering: .relaxed).oldValue, index < count {
      slots.store(transform(index), at: index)
    }
  }
  return slots.collect()
}

/// One slot per iteration behind a mutex: a store per pyramid level is rare
/// enough that locking costs nothing next to the scan it follows.
private final class ResultSlots<Element: Sendable>: Sendable {
  private let storage: Mutex<[Element?]>

  init(count: Int) {
    storage = Mutex([Element?](repeating: nil, count: count))
  }

  func store(_ element: Element, at index: Int) {
    storage.withLock { $0[index] = element }
  }

  func collect() -> [Element] {
    storage.withLock { $0.map { $0! } }
  }
}
