import Foundation
import SeamScanConcurrency
import Synchronization

/// Decoded frames delivered to async code by a dedicated decoding thread.
///
/// Decoding runs ahead of analysis by at most `bufferSize` frames, so memory
/// stays flat however long the video is. With a `limit`, each frame is decoded in
/// one of its turns, so the decoder shares the scan's thread budget. Whoever iterates must call
/// ``shutdown()`` when done, on success or failure: it stops the decoding
/// thread and waits for it, so the reader is idle (its statistics final, its
/// FFmpeg state no longer touched) before anything else happens to it.
public struct FrameStream: AsyncSequence, Sendable {
  public typealias Element = DecodedFrame

  private let frames: AsyncStream<DecodedFrame>
  private let control: Control

  public init(reader: MediaReader, bufferSize: Int, limit: ThreadLimit? = nil) {
    let control = Control(bufferSize: Swift.max(1, bufferSize))
    let box = ReaderBox(reader)
    self.control = control
    self.frames = AsyncStream { continuation in
      continuation.onTermination = { _ in control.cancel() }
      let thread = Thread {
        while !control.isCancelled {
          control.slots.wait()
          guard !control.isCancelled,
            let frame = limit.map({ $0.withTurnBlocking { box.reader.nextFrame() } }) ?? box.reader.nextFrame()
          else { break }
          continuation.yield(frame)
        }
        continuation.finish()
        control.finished.signal()
      }
      thread.name = "seamscan.decode"
      thread.start()
    }
  }

  public func makeAsyncIterator() -> Iterator {
    Iterator(base: frames.makeAsyncIterator(), slots: control.slots)
  }

  /// Stops decoding and waits until the decoding thread has left the reader.
  public func shutdown() async {
    control.cancel()
    let control = control
    await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
      // The wait blocks a thread, not the cooperative pool.
      Thread.detachNewThread {
        control.waitUntilFinished()
        done.resume()
      }
    }
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

  /// The decoding thread's flow control, shared with the consumer.
  ///
  /// A `DispatchSemaphore` may only be freed when its value is back at (or above) its initial
  /// value: libdispatch traps ("deallocated while in use") otherwise. Frames still buffered when
  /// iteration stops early never give their slot back, so cancelling returns every slot.
  private final class Control: Sendable {
    let slots: DispatchSemaphore
    let finished = DispatchSemaphore(value: 0)
    private let bufferSize: Int
    private let cancelled = Atomic(false)
    private let hasFinished = Atomic(false)

    init(bufferSize: Int) {
      self.bufferSize = bufferSize
      slots = DispatchSemaphore(value: bufferSize)
    }

    var isCancelled: Bool { cancelled.load(ordering: .acquiring) }

    func cancel() {
      guard !cancelled.exchange(true, ordering: .acquiringAndReleasing) else { return }
      // One more than the buffer: the decoding thread may be waiting for a slot.
      for _ in 0...bufferSize { slots.signal() }
    }

    func waitUntilFinished() {
      guard !hasFinished.load(ordering: .acquiring) else { return }
      finished.wait()
      hasFinished.store(true, ordering: .releasing)
      finished.signal()  // back to its initial value for a second caller and for deallocation
    }
  }
}

/// Hands the reader to the decoding thread; only that thread touches it until the stream ends.
private final class ReaderBox: @unchecked Sendable {
  let reader: MediaReader
  init(_ reader: MediaReader) { self.reader = reader }
}
