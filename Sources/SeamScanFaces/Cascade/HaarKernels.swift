/// A Haar feature's two or three weighted boxes, evaluated in `Float`
/// in OpenCV's order (`HaarEvaluator::OptFeature::calc`).
struct CompiledHaarFeature: Sendable {
  var boxes = (BoxTaps(), BoxTaps(), BoxTaps())
  var weights: (Float, Float, Float) = (0, 0, 0)

  init(_ feature: HaarFeature, stride: Int) {
    let taps = feature.rects.map { BoxTaps(x: $0.x, y: $0.y, width: $0.width, height: $0.height, stride: stride) }
    let weightList = feature.rects.map(\.weight)
    boxes.0 = taps[0]
    weights.0 = weightList[0]
    if taps.count > 1 {
      boxes.1 = taps[1]
      weights.1 = weightList[1]
    }
    if taps.count > 2 {
      boxes.2 = taps[2]
      weights.2 = weightList[2]
    }
  }

  /// OpenCV adds the third box only when its weight is non-zero. Adding a
  /// missing box's `0 · 0` instead gives the same float and avoids a
  /// hard-to-predict branch.
  @inline(__always)
  func value(_ window: UnsafePointer<Int32>) -> Float {
    weights.0 * Float(boxes.0.sum(window)) + weights.1 * Float(boxes.1.sum(window))
      + weights.2 * Float(boxes.2.sum(window))
  }
}

/// The per-window contrast normalisation of Haar cascades (`HaarEvaluator::setWindow`).
struct HaarNormalisation: Sendable {
  /// The window less a one-pixel border.
  let box: BoxTaps
  let area: Double

  init(windowWidth: Int, windowHeight: Int, stride: Int) {
    box = BoxTaps(x: 1, y: 1, width: windowWidth - 2, height: windowHeight - 2, stride: stride)
    area = Double((windowWidth - 2) * (windowHeight - 2))
  }

  /// `1 / (area · σ)` as OpenCV's `Float`, or nil for a window OpenCV skips:
  /// no variance, or σ ≤ 10 grey levels (`area · factor ≥ 0.1`).
  @inline(__always)
  func inverseNorm(sums: UnsafePointer<Int32>, squares: UnsafePointer<Int32>) -> Float? {
    let sum = Double(box.sum(sums))
    // OpenCV reads the squared sum as `unsigned`, undoing the 32-bit wrap.
    let squaredSum = Double(UInt32(bitPattern: box.sum(squares)))
    let spread = area * squaredSum - sum * sum
    guard spread > 0 else { return nil }
    let factor = Float(1 / spread.squareRoot())
    return area * Double(factor) < 0.1 ? factor : nil
  }
}

/// Haar cascades whose trees are all single splits (`predictOrderedStump`).
struct HaarStumpCascade: CompiledCascade {
  struct Stump: Sendable {
    var feature: CompiledHaarFeature
    var threshold: Float
  }

  let normalisation: HaarNormalisation
  let stages: [CompiledStage]
  let stumps: [Stump]
  /// Left and right leaf of each stump, side by side, so the pick is a load, not a branch.
  let leafPairs: [Double]
  var needsSquares: Bool { true }

  init(_ model: CascadeModel, features: [HaarFeature], stride: Int) {
    normalisation = HaarNormalisation(windowWidth: model.windowWidth, windowHeight: model.windowHeight, stride: stride)
    stages = model.stages.map(CompiledStage.init)
    let compiled = features.map { CompiledHaarFeature($0, stride: stride) }
    let trees = model.stages.flatMap(\.trees)
    stumps = trees.map { Stump(feature: compiled[$0.nodes[0].featureIndex], threshold: $0.nodes[0].threshold) }
    // Like OpenCV's stump packing, take leaves 0 and 1 whatever the node's child fields say.
    leafPairs = trees.flatMap { [Double($0.leaves[0]), Double($0.leaves[1])] }
  }

  struct Evaluator: WindowEvaluator {
    let normalisation: HaarNormalisation
    let stages: UnsafeBufferPointer<CompiledStage>
    let stumps: UnsafeBufferPointer<Stump>
    let leafPairs: UnsafeBufferPointer<Double>
    let sums: UnsafePointer<Int32>
    let squares: UnsafePointer<Int32>

    @inline(__always)
    func evaluate(at origin: Int) -> WindowVerdict {
      let window = sums + origin
      guard let norm = normalisation.inverseNorm(sums: window, squares: squares + origin) else { return .rejectedLater }
      return runStages(stages) { stumpIndex in
        let stump = stumps[stumpIndex]
        let goesRight = stump.feature.value(window) * norm < stump.threshold ? 0 : 1
        return leafPairs[2 * stumpIndex + goesRight]
      }
    }
  }

  func withEvaluator<Result>(
    sums: UnsafePointer<Int32>, squares: UnsafePointer<Int32>?,
    _ body: (Evaluator) -> Result
  ) -> Result {
    stages.withUnsafeBufferPointer { stages in
      stumps.withUnsafeBufferPointer { stumps in
        leafPairs.withUnsafeBufferPointer { leafPairs in
          body(
            Evaluator(
              normalisation: normalisation, stages: stages, stumps: stumps, leafPairs: leafPairs,
              sums: sums, squares: squares!))
        }
      }
    }
  }
}

/// Haar cascades with deeper trees, e.g. `frontalface_alt2` (`predictOrdered`).
struct HaarTreeCascade: CompiledCascade {
  struct Node: Sendable {
    var feature: CompiledHaarFeature
    var threshold: Float
    /// Left then right child, indexed by the comparison so the walk does not branch on it.
    /// `> 0`: node index within the tree; `≤ 0`: leaf `-value`.
    var children: SIMD2<Int32>
  }

  struct Tree: Sendable {
    var firstNode: Int32
    var firstLeaf: Int32
  }

  let normalisation: HaarNormalisation
  let stages: [CompiledStage]
  let trees: [Tree]
  let nodes: [Node]
  let leaves: [Double]
  var needsSquares: Bool { true }

  init(_ model: CascadeModel, features: [HaarFeature], stride: Int) {
    normalisation = HaarNormalisation(windowWidth: model.windowWidth, windowHeight: model.windowHeight, stride: stride)
    stages = model.stages.map(CompiledStage.init)
    let compiled = features.map { CompiledHaarFeature($0, stride: stride) }
    var trees: [Tree] = []
    var nodes: [Node] = []
    var leaves: [Double] = []
    for tree in model.stages.flatMap(\.trees) {
      trees.append(Tree(firstNode: Int32(nodes.count), firstLeaf: Int32(leaves.count)))
      nodes += tree.nodes.map {
        Node(
          feature: compiled[$0.featureIndex], threshold: $0.threshold,
          children: SIMD2(Int32($0.left), Int32($0.right)))
      }
      leaves += tree.leaves.map(Double.init)
    }
    self.trees = trees
    self.nodes = nodes
    self.leaves = leaves
  }

  struct Evaluator: WindowEvaluator {
    let normalisation: HaarNormalisation
    let stages: UnsafeBufferPointer<CompiledStage>
    let trees: UnsafeBufferPointer<Tree>
    let nodes: UnsafeBufferPointer<Node>
    let leaves: UnsafeBufferPointer<Double>
    let sums: UnsafePointer<Int32>
    let squares: UnsafePointer<Int32>

    @inline(__always)
    func evaluate(at origin: Int) -> WindowVerdict {
      let window = sums + origin
      guard let norm = normalisation.inverseNorm(sums: window, squares: squares + origin) else { return .rejectedLater }
      return runStages(stages) { treeIndex in
        let tree = trees[treeIndex]
        var child: Int32 = 0
        repeat {
          let node = nodes[Int(tree.firstNode &+ child)]
          child = node.children[node.feature.value(window) * norm < node.threshold ? 0 : 1]
        } while child > 0
        return leaves[Int(tree.firstLeaf &- child)]
      }
    }
  }

  func withEvaluator<Result>(
    sums: UnsafePointer<Int32>, squares: UnsafePointer<Int32>?,
    _ body: (Evaluator) -> Result
  ) -> Result {
    stages.withUnsafeBufferPointer { stages in
      trees.withUnsafeBufferPointer { trees in
        nodes.withUnsafeBufferPointer { nodes in
          leaves.withUnsafeBufferPointer { leaves in
            body(
              Evaluator(
                normalisation: normalisation, stages: stages, trees: trees, nodes: nodes, leaves: leaves,
                sums: sums, squares: squares!))
          }
        }
      }
    }
  }
}
