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
      let dx = Int(columnStep)
      let dy = Int(rowStep)
      // The 4×4 corners, row by row; straight-line so it stays cheap even unoptimised.
      let row0 = window + Int(origin)
      let row1 = row0 + dy
      let row2 = row1 + dy
      let row3 = row2 + dy
      let a0 = row0[0]
      let a1 = row0[dx]
      let a2 = row0[2 * dx]
      let a3 = row0[3 * dx]
      let b0 = row1[0]
      let b1 = row1[dx]
      let b2 = row1[2 * dx]
      let b3 = row1[3 * dx]
      let c0 = row2[0]
      let c1 = row2[dx]
      let c2 = row2[2 * dx]
      let c3 = row2[3 * dx]
      let d0 = row3[0]
      let d1 = row3[dx]
      let d2 = row3[2 * dx]
      let d3 = row3[3 * dx]
      let centre = b1 &- b2 &- c1 &+ c2
      var code = 0
      if a0 &- a1 &- b0 &+ b1 >= centre { code |= 128 }  // top-left
      if a1 &- a2 &- b1 &+ b2 >= centre { code |= 64 }  // top
      if a2 &- a3 &- b2 &+ b3 >= centre { code |= 32 }  // top-right
      if b2 &- b3 &- c2 &+ c3 >= centre { code |= 16 }  // right
      if c2 &- c3 &- d2 &+ d3 >= centre { code |= 8 }  // bottom-right
      if c1 &- c2 &- d1 &+ d2 >= centre { code |= 4 }  // bottom
      if c0 &- c1 &- d0 &+ d1 >= centre { code |= 2 }  // bottom-left
      if b0 &- b1 &- c0 &+ c1 >= centre { code |= 1 }  // left
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
      return runStages(stages) { stumpIndex in
        let code = grids[stumpIndex].code(window)
        let word = categories[stumpIndex * LBPCascade.wordsPerSet + code >> 5]
        let goesLeft = Int(truncatingIfNeeded: word >> UInt32(code & 31)) & 1
        return leafPairs[2 * stumpIndex + 1 - goesLeft]
      }
    }
  }

  func withEvaluator<Result>(
    sums: UnsafePointer<Int32>, squares: UnsafePointer<Int32>?,
    _ body: (Evaluator) -> Result
  ) -> Result {
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
