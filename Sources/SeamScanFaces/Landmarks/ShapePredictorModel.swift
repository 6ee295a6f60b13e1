/// One split node of a regression tree: go left when
/// `pixel[first] - pixel[second] > threshold`.
struct TreeSplit: Sendable, Equatable {
  var first: Int32
  var second: Int32
  var threshold: Float
}

/// A dlib `shape_predictor`, flattened into a few contiguous arrays so that
/// prediction walks memory in order and the whole model is cheap to share.
///
/// Trees are stored level after level. Every tree is complete and of one
/// depth, as in every model dlib's trainer writes, so tree `t` owns
/// `splits[t*splitsPerTree ..< (t+1)*splitsPerTree]` (heap order: the
/// children of node `n` are `2n+1` and `2n+2`) and
/// `leafValues[t*leavesPerTree*shapeLength ...]`, one shape increment per leaf.
struct ShapePredictorModel: Sendable, Equatable {
  /// Mean shape, `x0 y0 x1 y1 ...`, in face-box-normalised coordinates.
  let initialShape: [Float]
  let splitsPerTree: Int
  let splits: [TreeSplit]
  let leafValues: [Float]
  /// Cascade level `l` uses trees `levelTrees[l] ..< levelTrees[l+1]`.
  let levelTrees: [Int]
  /// Cascade level `l` samples pixels `levelFeatures[l] ..< levelFeatures[l+1]`.
  let levelFeatures: [Int]
  /// Landmark each feature pixel hangs from, and its offset from it
  /// (`x y` pairs, normalised coordinates).
  let anchors: [Int32]
  let deltas: [Float]

  var partCount: Int { initialShape.count / 2 }
  var shapeLength: Int { initialShape.count }
  var leavesPerTree: Int { splitsPerTree + 1 }
  var levelCount: Int { levelTrees.count - 1 }
}
