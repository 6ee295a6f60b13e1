/// A cascade laid out for one integral-image stride: every feature turned
/// into flat buffer offsets from the window's top-left corner.
protocol CompiledCascade: Sendable {
  associatedtype Evaluator: WindowEvaluator
  var needsSquares: Bool { get }
  /// Runs `body` with an evaluator reading the given tables (same stride as compiled).
  func withEvaluator<Result>(
    sums: UnsafePointer<Int32>, squares: UnsafePointer<Int32>?,
    _ body: (Evaluator) -> Result
  ) -> Result
}

/// OpenCV's `runAt` verdict for one window.
enum WindowVerdict {
  case accepted
  /// Rejected by the first stage: OpenCV then also skips the next window in the row.
  case rejectedAtFirstStage
  /// Rejected by a later stage, or (Haar) by the flat-window variance gate.
  case rejectedLater
}

protocol WindowEvaluator {
  /// `origin` is the window's top-left corner as an offset into the tables.
  func evaluate(at origin: Int) -> WindowVerdict
}

/// OpenCV's stage loop, the same for every kind of cascade: each stage adds up the leaves its
/// weak classifiers (numbered across stages) pick, in order, and the window is rejected at the
/// first stage whose total falls short of its threshold.
@inline(__always)
func runStages(_ stages: UnsafeBufferPointer<CompiledStage>, leaf: (Int) -> Double) -> WindowVerdict {
  var next = 0
  for (index, stage) in stages.enumerated() {
    var total = 0.0
    for weak in next..<(next + stage.weakCount) { total += leaf(weak) }
    if total < stage.threshold { return index == 0 ? .rejectedAtFirstStage : .rejectedLater }
    next += stage.weakCount
  }
  return .accepted
}

/// The four corners of a box in an integral image, as offsets.
struct BoxTaps: Sendable {
  var topLeft: Int32 = 0
  var topRight: Int32 = 0
  var bottomLeft: Int32 = 0
  var bottomRight: Int32 = 0

  init() {}

  init(x: Int, y: Int, width: Int, height: Int, stride: Int) {
    topLeft = Int32(y * stride + x)
    topRight = Int32(y * stride + x + width)
    bottomLeft = Int32((y + height) * stride + x)
    bottomRight = Int32((y + height) * stride + x + width)
  }

  @inline(__always)
  func sum(_ window: UnsafePointer<Int32>) -> Int32 {
    window[Int(topLeft)] &- window[Int(topRight)] &- window[Int(bottomLeft)] &+ window[Int(bottomRight)]
  }
}

/// How many weak classifiers a stage has (they follow one another) and its threshold.
struct CompiledStage: Sendable {
  var weakCount: Int
  var threshold: Double

  init(_ stage: CascadeStage) {
    weakCount = stage.trees.count
    threshold = Double(stage.threshold)
  }
}
