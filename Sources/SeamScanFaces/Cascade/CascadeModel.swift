/// A boosted cascade exactly as OpenCV's new-format XML describes it,
/// before it is laid out for fast evaluation.
struct CascadeModel: Sendable {
  /// The training window, the smallest object the cascade can see.
  var windowWidth: Int
  var windowHeight: Int
  var features: CascadeFeatures
  var stages: [CascadeStage]

  /// Every tree is a single split: OpenCV then runs its faster stump path.
  var isStumpOnly: Bool {
    stages.allSatisfy { $0.trees.allSatisfy { $0.nodes.count == 1 } }
  }
}

enum CascadeFeatures: Sendable {
  case haar([HaarFeature])
  case lbp([LBPFeature])

  var count: Int {
    switch self {
    case .haar(let features): features.count
    case .lbp(let features): features.count
    }
  }
}

/// Two or three weighted rectangles in window coordinates.
struct HaarFeature: Sendable {
  struct WeightedRect: Sendable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int
    var weight: Float
  }

  var rects: [WeightedRect]
}

/// A 3×3 grid of `blockWidth × blockHeight` cells whose top-left is `(x, y)`.
struct LBPFeature: Sendable {
  var x: Int
  var y: Int
  var blockWidth: Int
  var blockHeight: Int
}

struct CascadeStage: Sendable {
  /// Already lowered by OpenCV's `THRESHOLD_EPS`.
  var threshold: Float
  var trees: [CascadeTree]
}

/// One weak classifier. Node 0 is the root; a child index `> 0` is another
/// node, and `≤ 0` is the leaf `-index`.
struct CascadeTree: Sendable {
  var nodes: [CascadeNode]
  var leaves: [Float]
}

struct CascadeNode: Sendable {
  var left: Int
  var right: Int
  var featureIndex: Int
  /// Ordered (Haar) split: go left when the feature value is below this.
  var threshold: Float
  /// Categorical (LBP) split: go left when the code's bit is set. Eight words.
  var categories: [UInt32]
}
