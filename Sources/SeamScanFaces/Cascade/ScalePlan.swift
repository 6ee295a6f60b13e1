/// The pyramid OpenCV 4.6 scans (`detectMultiScaleNoGrouping`,
/// `FeatureEvaluator::updateScaleData`), with its mix of `double` and
/// `float` arithmetic kept, because a rounding difference adds or drops a level.
struct PyramidScale: Equatable {
  /// Shrink factor of this level, as OpenCV's `float`.
  var factor: Float
  /// Size of the shrunk image.
  var width: Int
  var height: Int
  /// Window step in shrunk pixels, both directions.
  var step: Int
  /// The training window mapped back to original-image pixels.
  var windowWidth: Int
  var windowHeight: Int
}

enum ScalePlan {
  static func scales(
    imageWidth: Int, imageHeight: Int, windowWidth: Int, windowHeight: Int, scaleFactor: Double,
    minSize: (width: Int, height: Int), maxSize: (width: Int, height: Int)
  ) -> [PyramidScale] {
    precondition(scaleFactor > 1, "scaleFactor must be above 1")
    guard imageWidth >= windowWidth, imageHeight >= windowHeight else { return [] }
    let maxSize = maxSize.width == 0 || maxSize.height == 0 ? (width: imageWidth, height: imageHeight) : maxSize

    // Every factor whose window fits the image, accumulated in double, kept as float.
    var candidates: [Float] = []
    var factor = 1.0
    while cvRound(Double(windowWidth) * factor) <= imageWidth && cvRound(Double(windowHeight) * factor) <= imageHeight {
      candidates.append(Float(factor))
      factor *= scaleFactor
    }
    func window(_ factor: Float) -> (width: Int, height: Int) {
      (cvRound(Float(windowWidth) * factor), cvRound(Float(windowHeight) * factor))
    }

    var factors: [Float] = []
    for candidate in candidates {
      let size = window(candidate)
      if size.width > maxSize.width || size.height > maxSize.height { break }
      if size.width < minSize.width || size.height < minSize.height { continue }
      factors.append(candidate)
    }
    // No factor inside [minSize, maxSize]: OpenCV takes the one closest to minSize.
    if factors.isEmpty, !candidates.isEmpty {
      let distances = candidates.map { candidate -> Int in
        let size = window(candidate)
        let dx = minSize.width - size.width
        let dy = minSize.height - size.height
        return dx * dx + dy * dy
      }
      factors = [candidates[distances.indices.min { distances[$0] < distances[$1] }!]]
    }

    return factors.map { factor in
      let size = window(factor)
      return PyramidScale(
        factor: factor,
        width: cvRound(Float(imageWidth) / factor), height: cvRound(Float(imageHeight) / factor),
        step: factor >= 2 ? 1 : 2, windowWidth: size.width, windowHeight: size.height)
    }
  }
}
