/// LBP cascades (`LBPEvaluator`, `predictCategoricalStump`): each weak
/// classifier turns a 3×3 grid of block sums into an 8-bit code and looks
/// the code up in a 256-bit set. There is no contrast normalisation.
struct LBPCascade: CompiledCascade {
  /// The 4×4 integral-image corners of a feature's grid, as a start and two steps.
  struct Grid: Sendable {
    var origin: Int32
    var columnStep: Int32
    var rowStep: Int32

    init(_ feature: LBPFeature, stride: Int) {
      origin = Int32(feature.y * stride + feature.x)
      columnStep = Int32(feature.blockWidth)
      rowStep = Int32(feature.blockHeight * stride)
    }

    /// Bits, most significant first, for the blocks clockwise from the top-left;
    /// a bit is set when that block's sum is at least the centre block's.
    @inline(__always)
    func code(_ window: UnsafePointer<Int32>) -> Int {
      let base = window + Int(origin), dx = Int(columnStep), dy = Int(rowStep)
      func corner(_ column: Int, _ row: Int) -> Int32 { base[row * dy + column * dx] }
      func block(_ column: Int, _ row: Int) -> Int32 {
        corner(column, row) &- corner(column + 1, row) &- corner(column, row + 1) &+ corner(column + 1, row + 1)
      }
      let centre = block(1, 1)
      var code = 0
      if block(0, 0) >= centre { code |= 128 }
      if block(1, 0) >= centre { code |= 64 }
      if block(2, 0) >= centre { code |= 32 }
      if block(2, 1) >= centre { code |= 16 }
      if block(2, 2) >= centre { code |= 8 }
      if block(1, 2) >= centre { code |= 4 }
      if block(0, 2) >= centre { code |= 2 }
      if block(0, 1) >= centre { code |= 1 }
      return code
    }
  }

  static let wordsPerSet = 8

  let stages: [CompiledStage]
  let grids: [Grid]
  /// Left and right leaf of each stump, side by side, so the pick is a load, not a branch.
  let leafPairs: [Double]
  /// `wordsPerSet` words per stump: bit `c` set means code `c` goes left.
  let categories: [UInt32]
  var needsSquares: Bool { false }

  init(_ model: CascadeModel, features: [LBPFeature], stride: Int) {
    stages = model.stages.map(CompiledStage.init)
    let featureGrids = features.map { Grid($0, stride: stride) }
    let trees = model.stages.flatMap(\.trees)
    grids = trees.map { featureGrids[$0.nodes[0].featureIndex] }
    leafPairs = trees.flatMap { [Double($0.leaves[0]), Double($0.leaves[1])] }
    categories = trees.flatMap { $0.nodes[0].categories }
  }

  struct Evaluator: WindowEvaluator {
    let stages: UnsafeBufferPointer<CompiledStage>
    let grids: UnsafeBufferPointer<Grid>
    let leafPairs: UnsafeBufferPointer<Double>
    let categories: UnsafeBufferPointer<UInt32>
    let sums: UnsafePointer<Int32>

    @inline(__always)
    func evaluate(at origin: Int) -> WindowVerdict {
      let window = sums + origin
      var next = 0
      for (index, stage) in stages.enumerated() {
        var total = 0.0
        for stumpIndex in next..<(next + stage.weakCount) {
          let code = grids[stumpIndex].code(window)
          let word = categories[stumpIndex * LBPCascade.wordsPerSet + code >> 5]
          let goesLeft = Int(truncatingIfNeeded: word >> UInt32(code & 31)) & 1
          total += leafPairs[2 * stumpIndex + 1 - goesLeft]
        }
        if total < stage.threshold { return index == 0 ? .rejectedAtFirstStage : .rejectedLater }
        next += stage.weakCount
      }
      return .accepted
    }
  }

  func withEvaluator<Result>(sums: UnsafePointer<Int32>, squares: UnsafePointer<Int32>?,
                             _ body: (Evaluator) -> Result) -> Result {
    stages.withUnsafeBufferPointer { stages in
      grids.withUnsafeBufferPointer { grids in
        leafPairs.withUnsafeBufferPointer { leafPairs in
          categories.withUnsafeBufferPointer { categories in
            body(Evaluator(stages: stages, grids: grids, leafPairs: leafPairs, categories: categories, sums: sums))
          }
        }
      }
    }
  }
}
