import SeamScanImaging

/// A face resampled into template coordinates: what the cues and the face network read,
/// in a form a person can look at (`seamscan faces --crops`).
public enum AlignedCrop {
  /// The template region a crop covers, in template units: the 112-unit alignment square
  /// with margins that take in hair, ears, jaw and neck.
  public static let region = (minimum: SIMD2<Float>(-28, -20), side: Float(168))
  public static let defaultSize = 256

  /// `size × size` planes sampled bilinearly through `alignment`, which maps template units to
  /// `planes` pixels.
  ///
  /// Luma comes from `detail`, the full-resolution luma, where there is one: a generator's
  /// pixel grid lives there. Chroma comes from `planes`: at the default 640-px analysis side
  /// it holds as much colour as a 4:2:0 720p frame. The scan and `faces --crops` both crop
  /// this way, so the network is trained on exactly what it later reads.
  public static func sample(
    _ planes: FramePlanes, detail: (any LumaSource)? = nil, alignment: FaceAlignment, size: Int = defaultSize
  ) -> FramePlanes {
    let unitsPerPixel = region.side / Float(size)
    let positions = (0..<size * size).map { k in
      alignment.toFrame.apply(
        region.minimum + (SIMD2(Float(k % size), Float(k / size)) + 0.5) * unitsPerPixel)
    }
    let luma =
      detail.flatMap { detailLuma($0, analysisWidth: planes.width, positions: positions, size: size) }
      ?? resample(planes.luma, at: positions, size: size)
    return FramePlanes(
      luma: luma, cb: resample(planes.cb, at: positions, size: size),
      cr: resample(planes.cr, at: positions, size: size))
  }

  /// The luma at `positions` (analysis pixels) read from the full-resolution plane, converting
  /// only the window they fall in; nil when that window is too small to sample.
  private static func detailLuma(
    _ detail: any LumaSource, analysisWidth: Int, positions: [SIMD2<Float>], size: Int
  ) -> GrayImage? {
    let factor = Float(detail.width) / Float(max(1, analysisWidth))
    func inDetail(_ p: SIMD2<Float>) -> SIMD2<Float> { (p + 0.5) * factor - 0.5 }
    // The grid's image is a parallelogram, so its four corner samples bound every sample; one
    // pixel of margin beyond them keeps every bilinear tap inside the window.
    let corners = [0, size - 1, size * (size - 1), size * size - 1].map { inDetail(positions[$0]) }
    let bounds = PixelRect(x: 0, y: 0, width: detail.width, height: detail.height)
    let covering = PixelRect.covering(corners, clippedTo: bounds)
    let rect = PixelRect(x: covering.x - 1, y: covering.y - 1, width: covering.width + 2, height: covering.height + 2)
    guard let clipped = rect.intersection(bounds), let window = detail.window(clipped),
      window.pixels.width >= 2, window.pixels.height >= 2
    else { return nil }
    // Where the window stops inside the plane, positions past the plane's edge clamp to it,
    // as they would on the whole plane: the window reaches the edge exactly there.
    let origin = SIMD2<Float>(Float(window.origin.x), Float(window.origin.y))
    return resample(window.pixels, at: positions.map { inDetail($0) - origin }, size: size)
  }

  private static func resample(_ plane: GrayImage, at positions: [SIMD2<Float>], size: Int) -> GrayImage {
    var out = [UInt8](repeating: 0, count: size * size)
    plane.pixels.withUnsafeBufferPointer { pixels in
      for (k, p) in positions.enumerated() {
        let value = bilinearSample(pixels, width: plane.width, height: plane.height, x: p.x, y: p.y)
        out[k] = UInt8(min(max(value.rounded(), 0), 255))
      }
    }
    return GrayImage(width: size, height: size, pixels: out)
  }
}
