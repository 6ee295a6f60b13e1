import Foundation

/// A one-line progress bar on stderr: files, frames, frames/s and ETA.
///
/// Shown only when stderr is a terminal, so pipes and logs stay clean.
public final class ProgressReporter: @unchecked Sendable {
  private let lock = NSLock()
  private let totalInputs: Int
  private let started = Date()
  private var inputsDone = 0
  private var framesDone = 0
  private var framesExpected = 0
  private var lastDraw = Date.distantPast

  /// Nil unless stderr is a terminal and progress was not silenced.
  public static func forTerminal(totalInputs: Int, quiet: Bool) -> ProgressReporter? {
    guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
    return ProgressReporter(totalInputs: totalInputs)
  }

  init(totalInputs: Int) {
    self.totalInputs = totalInputs
  }

  func began(expectedFrames: Int?) {
    lock.withLock { framesExpected += expectedFrames ?? 0 }
  }

  func frameDone() {
    lock.withLock {
      framesDone += 1
      drawIfDue()
    }
  }

  public func inputDone() {
    lock.withLock {
      inputsDone += 1
      drawIfDue(force: true)
    }
  }

  public func finish() {
    lock.withLock { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }

  private func drawIfDue(force: Bool = false) {
    let now = Date()
    guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    let elapsed = now.timeIntervalSince(started)
    let fps = elapsed > 0 ? Double(framesDone) / elapsed : 0
    var line = "\r\u{1B}[K[seamscan] files \(inputsDone)/\(totalInputs)  frames \(framesDone)  \(String(format: "%.1f", fps)) fps"
    if fps > 0, framesExpected > framesDone {
      let remaining = Int(Double(framesExpected - framesDone) / fps)
      line += String(format: "  ETA %d:%02d", remaining / 60, remaining % 60)
    }
    FileHandle.standardError.write(Data(line.utf8))
  }
}
