import Foundation
import Synchronization

/// Decoded frames delivered to async code by a dedicated decoding thread.
///
/// Decoding runs ahead of analysis by at most `bufferSize` frames, so memory
/// stays flat however long the video is. The reader's statistics are final
/// once iteration has ended.
public struct FrameStream: AsyncSequence, Sendable {
  public typealias Element = DecodedFrame

  private let frames: AsyncStream<DecodedFrame>
  private let slots: DispatchSemaphore

  public init(reader: MediaReader, bufferSize: Int) {
    let slots = DispatchSemaphore(value: Swift.max(1, bufferSize))
    let cancelled = CancellationFlag()
    let box = ReaderBox(reader)
    self.slots = slots
    self.frames = AsyncStream { continuation in
      continuation.onTermination = { _ in
        cancelled.set()
        slots.signal()
      }
      let thread = Thread {
        while !cancelled.isSet {
          slots.wait()
          guard !cancelled.isSet, let frame = box.reader.nextFrame() else { break }
          continuation.yield(frame)
        }
        continuation.finish()
      }
      thread.name = "seamscan.decode"
      thread.start()
    }
  }

  public func makeAsyncIterator() -> Iterator {
    Iterator(base: frames.makeAsyncIterator(), slots: slots)
  }

  public struct Iterator: AsyncIteratorProtocol {
    var base: AsyncStream<DecodedFrame>.Iterator
    let slots: DispatchSemaphore

    public mutating func next() async -> DecodedFrame? {
      guard let frame = await base.next() else { return nil }
      slots.signal()
      return frame
    }
  }
}

/// Hands the reader to the decoding thread; only that thread touches it until the stream ends.
private final class ReaderBox: @unchecked Sendable {
  let reader: MediaReader
  init(_ reader: MediaReader) { self.reader = reader }
}

private final class CancellationFlag: Sendable {
  private let value = Atomic(false)
  var isSet: Bool { value.load(ordering: .acquiring) }
  func set() { value.store(true, ordering: .releasing) }
}
