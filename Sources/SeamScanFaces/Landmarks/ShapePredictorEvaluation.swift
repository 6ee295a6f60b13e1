/// The two steps of one cascade level, kept apart from the public API so the
/// hot loops read plainly.
extension ShapePredictor {
  /// dlib's `extract_feature_pixel_values`: place each of the level's
  /// sample pixels relative to the current shape and read the image there.
  @inline(__always)
  func sampleFeatures(
    level: Int, shape: UnsafeBufferPointer<Float>, image: UnsafeBufferPointer<UInt8>,
    width: Int, height: Int, box: DlibRect, into features: UnsafeMutableBufferPointer<Float>
  ) {
    // dlib casts the Double fit to a Float 2×2 and does this part in Float.
    let fit = reference.fit(to: shape)
    let m00 = Float(fit.a)
    let m01 = Float(-fit.b)
    let m10 = Float(fit.b)
    let m11 = Float(fit.a)
    let first = model.levelFeatures[level]
    let last = model.levelFeatures[level + 1]
    model.anchors.withUnsafeBufferPointer { anchors in
      model.deltas.withUnsafeBufferPointer { deltas in
        for feature in first..<last {
          let anchor = Int(anchors[feature])
          let dx = deltas[2 * feature]
          let dy = deltas[2 * feature + 1]
          let x = (m00 * dx + m01 * dy) + shape[2 * anchor]
          let y = (m10 * dx + m11 * dy) + shape[2 * anchor + 1]
          let p = box.unnormalize(x, y)
          let px = roundHalfUp(p.x)
          let py = roundHalfUp(p.y)
          let inside = px >= 0 && px < width && py >= 0 && py < height
          features[feature - first] = inside ? Float(image[py * width + px]) : 0
        }
      }
    }
  }

  /// dlib's `regression_tree::operator()` for every tree of the level, each
  /// leaf added to the shape in tree order (Float, tree by tree, as dlib).
  ///
  /// The walks only read the level's fixed feature pixels, so all leaves are
  /// chosen first; the additions then stream through leaves whose addresses
  /// are already known, letting the CPU overlap the cache misses that
  /// dominate (the leaves are 65 MB, far larger than any cache).
  @inline(__always)
  func applyTrees(
    level: Int, features: UnsafeBufferPointer<Float>, shape: UnsafeMutableBufferPointer<Float>,
    leafScratch: UnsafeMutableBufferPointer<Int>
  ) {
    let splitsPerTree = model.splitsPerTree
    let length = model.shapeLength
    let leafStride = model.leavesPerTree * length
    let firstTree = model.levelTrees[level]
    let treeCount = model.levelTrees[level + 1] - firstTree
    guard treeCount > 0 else { return }
    model.splits.withUnsafeBufferPointer { splits in
      for t in 0..<treeCount {
        let treeSplits = splits.baseAddress! + (firstTree + t) * splitsPerTree
        var node = 0
        while node < splitsPerTree {
          let split = treeSplits[node]
          let goLeft = features[Int(split.first)] - features[Int(split.second)] > split.threshold
          node = 2 * node + (goLeft ? 1 : 2)
        }
        leafScratch[t] = (firstTree + t) * leafStride + (node - splitsPerTree) * length
      }
    }
    model.leafValues.withUnsafeBufferPointer { leaves in
      let base = leaves.baseAddress!
      // Eight trees per pass: eight leaves' cache misses overlap and the shape
      // is loaded and stored once (about 20% faster than four). Each element
      // still gains its leaves one at a time and in tree order.
      var t = 0
      while t + 8 <= treeCount {
        let a = base + leafScratch[t]
        let b = base + leafScratch[t + 1]
        let c = base + leafScratch[t + 2]
        let d = base + leafScratch[t + 3]
        let e = base + leafScratch[t + 4]
        let f = base + leafScratch[t + 5]
        let g = base + leafScratch[t + 6]
        let h = base + leafScratch[t + 7]
        for i in 0..<length { shape[i] = shape[i] + a[i] + b[i] + c[i] + d[i] + e[i] + f[i] + g[i] + h[i] }
        t += 8
      }
      while t < treeCount {
        let leaf = base + leafScratch[t]
        for i in 0..<length { shape[i] += leaf[i] }
        t += 1
      }
    }
  }
}
