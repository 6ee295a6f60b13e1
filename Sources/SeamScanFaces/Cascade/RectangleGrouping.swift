import SeamScanImaging

/// OpenCV's `groupRectangles` (objdetect/src/cascadedetect.cpp) and the
/// `partition` / `SimilarRects` helpers it uses.
enum RectangleGrouping {
  /// Two boxes are alike when every edge moves by at most
  /// `eps · (min width + min height) / 2` (`SimilarRects`).
  static func areSimilar(_ a: PixelRect, _ b: PixelRect, eps: Double) -> Bool {
    let delta = eps * Double(min(a.width, b.width) + min(a.height, b.height)) * 0.5
    return Double(abs(a.x - b.x)) <= delta && Double(abs(a.y - b.y)) <= delta
      && Double(abs(a.maxX - b.maxX)) <= delta && Double(abs(a.maxY - b.maxY)) <= delta
  }

  /// Class label per box: the connected components of `areSimilar`, numbered
  /// in order of first appearance (OpenCV's numbering differs, but its
  /// classes are the same sets).
  static func partition(_ rects: [PixelRect], eps: Double) -> (labels: [Int], classCount: Int) {
    var parent = Array(rects.indices)
    func root(_ index: Int) -> Int {
      var node = index
      while parent[node] != node {
        parent[node] = parent[parent[node]]
        node = parent[node]
      }
      return node
    }
    for i in rects.indices {
      for j in rects.indices where j > i && areSimilar(rects[i], rects[j], eps: eps) {
        let a = root(i)
        let b = root(j)
        if a != b { parent[max(a, b)] = min(a, b) }
      }
    }
    var labelOfRoot: [Int: Int] = [:]
    let labels = rects.indices.map { index -> Int in
      let representative = root(index)
      if let label = labelOfRoot[representative] { return label }
      labelOfRoot[representative] = labelOfRoot.count
      return labelOfRoot.count - 1
    }
    return (labels, labelOfRoot.count)
  }

  /// Averages each class of similar boxes, keeps classes with more than
  /// `minNeighbors` members, and drops a class lying inside a stronger one.
  /// With `minNeighbors ≤ 0` the boxes come back untouched, one neighbour each.
  static func group(_ rects: [PixelRect], minNeighbors: Int, eps: Double) -> [(rect: PixelRect, neighbours: Int)] {
    guard minNeighbors > 0, !rects.isEmpty else { return rects.map { ($0, 1) } }
    let (labels, classCount) = partition(rects, eps: eps)
    var totals = [PixelRect](repeating: PixelRect(x: 0, y: 0, width: 0, height: 0), count: classCount)
    var counts = [Int](repeating: 0, count: classCount)
    for (rect, label) in zip(rects, labels) {
      totals[label].x += rect.x
      totals[label].y += rect.y
      totals[label].width += rect.width
      totals[label].height += rect.height
      counts[label] += 1
    }
    // OpenCV multiplies by a float reciprocal and rounds half to even.
    let averages = zip(totals, counts).map { total, count -> PixelRect in
      let scale = 1 / Float(count)
      return PixelRect(
        x: cvRound(Float(total.x) * scale), y: cvRound(Float(total.y) * scale),
        width: cvRound(Float(total.width) * scale), height: cvRound(Float(total.height) * scale))
    }

    var grouped: [(rect: PixelRect, neighbours: Int)] = []
    for (index, inner) in averages.enumerated() where counts[index] > minNeighbors {
      let innerCount = counts[index]
      let swallowed = averages.indices.contains { other in
        let outer = averages[other]
        let outerCount = counts[other]
        guard other != index, outerCount > minNeighbors else { return false }
        let dx = cvRound(Double(outer.width) * eps)
        let dy = cvRound(Double(outer.height) * eps)
        return inner.x >= outer.x - dx && inner.y >= outer.y - dy
          && inner.maxX <= outer.maxX + dx && inner.maxY <= outer.maxY + dy
          && (outerCount > max(3, innerCount) || innerCount < 3)
      }
      if !swallowed { grouped.append((inner, innerCount)) }
    }
    return grouped
  }
}
