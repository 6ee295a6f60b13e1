import Dispatch
import Synchronization

/// `(0..<count).map(transform)` spread over the cores with
/// `DispatchQueue.concurrentPerform`; results come back in index order.
public func concurrentMap<Element: Sendable>(count: Int, _ transform: @Sendable (Int) -> Element) -> [Element] {
  let slots = ResultSlots<Element>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { index in
    slots.store(transform(index), at: index)
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
