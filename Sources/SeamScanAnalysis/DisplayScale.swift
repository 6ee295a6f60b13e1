import SeamScanFaces

/// Maps analysis-frame pixels to displayed-frame pixels (after rotation and aspect ratio).
struct DisplayScale {
  let x: Double
  let y: Double

  init(analysisWidth: Int, analysisHeight: Int, display: (width: Int, height: Int)) {
    x = Double(display.width) / Double(max(1, analysisWidth))
    y = Double(display.height) / Double(max(1, analysisHeight))
  }

  /// `[x, y, width, height]` of an inclusive-corner box, in display pixels.
  func box(_ box: DlibRect) -> [Int] {
    [
      Int((Double(box.left) * x).rounded()), Int((Double(box.top) * y).rounded()),
      Int((Double(box.width) * x).rounded()), Int((Double(box.height) * y).rounded()),
    ]
  }

  func point(_ point: SIMD2<Float>) -> SIMD2<Double> {
    // Pixel centres map to pixel centres.
    SIMD2((Double(point.x) + 0.5) * x - 0.5, (Double(point.y) + 0.5) * y - 0.5)
  }
}
