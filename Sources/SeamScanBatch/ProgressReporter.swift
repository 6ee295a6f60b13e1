import Foundation
import SeamScanAnalysis
import SeamScanFiles
import Synchronization

/// A one-line progress bar on stderr: files, frames, frames/s and ETA.
///
/// Shown only when stderr is a terminal, so pipes and logs stay clean. The ETA
/// covers the inputs already opened (their frame counts are known).
public final class ProgressReporter: ScanProgress {
  private struct State {
    var inputsDone = 0
    var framesDone = 0
    var framesExpected = 0
    var lastDraw = Date.distantPast
  }

  private let totalInputs: Int
  private let started = Date()
  private let state = Mutex(State())

  /// Nil unless stderr is a terminal and progress was not silenced.
  public static func forTerminal(totalInputs: Int, quiet: Bool) -> ProgressReporter? {
    guard !quiet, StandardError.isTerminal else { return nil }
    return ProgressReporter(totalInputs: totalInputs)
  }

  init(totalInputs: Int) {
    self.totalInputs = totalInputs
  }

  public func began(expectedFrames: Int?) {
    state.withLock { $0.framesExpected += expectedFrames ?? 0 }
  }

  public func frameDone() {
    state.withLock {
      $0.framesDone += 1
      draw(&$0, force: false)
    }
  }

  public func inputDone() {
    state.withLock {
      $0.inputsDone += 1
      draw(&$0, force: true)
    }
  }

  public func finish() {
    StandardError.write("\r\u{1B}[K")
  }

  private func draw(_ state: inout State, force: Bool) {
    let now = Date()
    guard force || now.timeIntervalSince(state.lastDraw) >= 0.1 else { return }
    state.lastDraw = now
    let elapsed = now.timeIntervalSince(started)
    let fps = elapsed > 0 ? Double(state.framesDone) / elapsed : 0
    var line =
      "\r\u{1B}[K[seamscan] files \(state.inputsDone)/\(totalInputs)  frames \(state.framesDone)  "
      + String(format: "%.1f fps", fps)
    if fps > 0, state.framesExpected > state.framesDone {
      let remaining = Int(Double(state.framesExpected - state.framesDone) / fps)
      line += String(format: "  ETA %d:%02d", remaining / 60, remaining % 60)
    }
    StandardError.write(line)
  }
}
