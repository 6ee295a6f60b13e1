/// Decodes `serialize(const shape_predictor&)` from dlib 19.x
/// (`dlib/image_processing/shape_predictor.h`):
///
///     int version (1)
///     matrix<float,0,1> initial_shape
///     vector<vector<regression_tree>> forests      // tree: splits, leaf_values
///     vector<vector<unsigned long>> anchor_idx
///     vector<vector<vector<float,2>>> deltas
extension ShapePredictorModel {
  // Generous sanity limits: they only stop a corrupt count from asking for
  // gigabytes before the decoder notices the file is too short.
  private static let maxParts = 10_000
  private static let maxLevels = 1_000
  private static let maxTreesPerLevel = 100_000
  private static let maxSplitsPerTree = 1 << 16
  private static let maxFeaturesPerLevel = 1 << 20

  init(dlibBytes bytes: UnsafeRawBufferPointer) throws(DlibFormatError) {
    var decoder = DlibDecoder(bytes)
    try self.init(decoding: &decoder)
  }

  init(decoding decoder: inout DlibDecoder) throws(DlibFormatError) {
    guard try decoder.readInt() == 1 else { throw .unsupported("unknown shape_predictor version") }
    let initialShape = try Self.readColumn(&decoder, maxLength: 2 * Self.maxParts)
    guard !initialShape.isEmpty, initialShape.count % 2 == 0 else {
      throw .unsupported("initial shape has \(initialShape.count) values; expected x,y pairs")
    }
    let shapeLength = initialShape.count

    let levelCount = try decoder.readCount(max: Self.maxLevels)
    var levelTrees = [0]
    var splitsPerTree = -1
    var splits: [TreeSplit] = []
    var leafValues: [Float] = []
    for _ in 0..<levelCount {
      let treeCount = try decoder.readCount(max: Self.maxTreesPerLevel)
      for _ in 0..<treeCount {
        let splitCount = try decoder.readCount(max: Self.maxSplitsPerTree)
        if splitsPerTree < 0 {
          guard splitCount > 0, (splitCount + 1) & splitCount == 0 else {
            throw .unsupported("tree with \(splitCount) splits is not a complete binary tree")
          }
          splitsPerTree = splitCount
          // Guess the totals from the first tree, capped by what the
          // remaining bytes could hold (a float takes at least 4 bytes).
          let trees = Double(levelCount) * Double(treeCount)
          let leafFloats = trees * Double(splitCount + 1) * Double(shapeLength)
          splits.reserveCapacity(Int(min(trees * Double(splitCount), Double(decoder.remaining / 8))))
          leafValues.reserveCapacity(Int(min(leafFloats, Double(decoder.remaining / 4))))
        }
        guard splitCount == splitsPerTree else { throw .unsupported("trees of different depths") }
        for _ in 0..<splitCount {
          let first = try decoder.readCount(max: Self.maxFeaturesPerLevel)
          let second = try decoder.readCount(max: Self.maxFeaturesPerLevel)
          let threshold = try decoder.readFloat()
          splits.append(TreeSplit(first: Int32(first), second: Int32(second), threshold: threshold))
        }
        guard try decoder.readCount(max: Self.maxSplitsPerTree + 1) == splitCount + 1 else {
          throw .unsupported("a tree's leaf count is not its split count + 1")
        }
        for _ in 0...splitCount {
          try Self.appendColumn(&decoder, length: shapeLength, to: &leafValues)
        }
      }
      levelTrees.append(levelTrees.last! + treeCount)
    }

    guard try decoder.readCount(max: Self.maxLevels) == levelCount else {
      throw .unsupported("anchor list does not have one entry per cascade level")
    }
    var levelFeatures = [0]
    var anchors: [Int32] = []
    for _ in 0..<levelCount {
      let count = try decoder.readCount(max: Self.maxFeaturesPerLevel)
      for _ in 0..<count {
        anchors.append(Int32(try decoder.readCount(max: shapeLength / 2 - 1)))
      }
      levelFeatures.append(levelFeatures.last! + count)
    }

    guard try decoder.readCount(max: Self.maxLevels) == levelCount else {
      throw .unsupported("delta list does not have one entry per cascade level")
    }
    var deltas: [Float] = []
    deltas.reserveCapacity(2 * anchors.count)
    for level in 0..<levelCount {
      guard try decoder.readCount(max: Self.maxFeaturesPerLevel) == levelFeatures[level + 1] - levelFeatures[level]
      else {
        throw .unsupported("level \(level) has different numbers of anchors and deltas")
      }
      for _ in levelFeatures[level]..<levelFeatures[level + 1] {
        deltas.append(try decoder.readFloat())
        deltas.append(try decoder.readFloat())
      }
    }
    guard decoder.isAtEnd else { throw .trailingBytes(count: decoder.remaining) }

    try Self.checkSplitIndices(
      splits, splitsPerTree: splitsPerTree, levelTrees: levelTrees, levelFeatures: levelFeatures)
    self.init(
      initialShape: initialShape, splitsPerTree: max(splitsPerTree, 0), splits: splits, leafValues: leafValues,
      levelTrees: levelTrees, levelFeatures: levelFeatures, anchors: anchors, deltas: deltas)
  }

  /// A `matrix<float,0,1>`: `-rows`, `-columns` (negated by dlib's newer
  /// writer), then the values.
  private static func readColumn(_ decoder: inout DlibDecoder, maxLength: Int) throws(DlibFormatError) -> [Float] {
    let (rows, columns) = try readMatrixSize(&decoder, maxLength: maxLength)
    guard columns == 1 || rows == 0 else { throw .unsupported("expected a column vector, found \(rows)×\(columns)") }
    var values: [Float] = []
    values.reserveCapacity(rows)
    for _ in 0..<rows { values.append(try decoder.readFloat()) }
    return values
  }

  @inline(__always)
  private static func appendColumn(
    _ decoder: inout DlibDecoder, length: Int, to values: inout [Float]
  ) throws(DlibFormatError) {
    let (rows, columns) = try readMatrixSize(&decoder, maxLength: length)
    guard rows == length, columns == 1 else {
      throw .unsupported("leaf vector is \(rows)×\(columns), expected \(length)×1")
    }
    for _ in 0..<length { values.append(try decoder.readFloat()) }
  }

  @inline(__always)
  private static func readMatrixSize(
    _ decoder: inout DlibDecoder, maxLength: Int
  ) throws(DlibFormatError) -> (rows: Int, columns: Int) {
    let start = decoder.offset
    let rows = try decoder.readInt().magnitude
    let columns = try decoder.readInt().magnitude
    guard rows <= UInt64(maxLength), columns <= UInt64(maxLength), rows * columns <= UInt64(maxLength) else {
      throw .outOfRange(at: start, value: Int64(rows))
    }
    return (Int(rows), Int(columns))
  }

  /// dlib trusts split indices; a corrupt file must not let prediction read
  /// outside a level's feature pixels.
  private static func checkSplitIndices(
    _ splits: [TreeSplit], splitsPerTree: Int, levelTrees: [Int], levelFeatures: [Int]
  ) throws(DlibFormatError) {
    for level in 0..<(levelTrees.count - 1) {
      let featureCount = Int32(levelFeatures[level + 1] - levelFeatures[level])
      for split in splits[(levelTrees[level] * splitsPerTree)..<(levelTrees[level + 1] * splitsPerTree)]
      where split.first >= featureCount || split.second >= featureCount {
        throw .unsupported("a split at cascade level \(level) uses a pixel the level does not sample")
      }
    }
  }
}
