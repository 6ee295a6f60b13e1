import Dispatch

/// `(0..<count).map(transform)` spread over the cores with
/// `DispatchQueue.concurrentPerform`; results come back in index order.
func concurrentMap<Element: Sendable>(count: Int, _ transform: @Sendable (Int) -> Element) -> [Element] {
  let slots = ResultSlots<Element>(count: count)
  DispatchQueue.concurrentPerform(iterations: count) { index in
    slots.store(transform(index), at: index)
  }
  return slots.collect()
}

/// One slot per iteration. Unchecked-Sendable is sound here because each
/// iteration writes only its own slot and nothing reads until all are done.
private final class ResultSlots<Element>: @unchecked Sendable {
  private let storage: UnsafeMutableBufferPointer<Element?>

  init(count: Int) {
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil)
  }

  deinit {
    storage.deinitialize()
    storage.deallocate()
  }

  func store(_ element: Element, at index: Int) {
    storage[index] = element
  }

  func collect() -> [Element] {
    storage.map { $0! }
  }
}
