import SeamScanImaging

/// A face resampled into template coordinates: what the cues and the model read,
/// in a form a person can look at (`seamscan faces --crops`).
public enum AlignedCrop {
  /// The template region a crop covers, in template units: the 112-unit alignment square
  /// with margins that take in hair, ears, jaw and neck.
  public static let region = (minimum: SIMD2<Float>(-28, -20), side: Float(168))
  public static let defaultSize = 256

  /// `size × size` planes sampled bilinearly from `planes` (full resolution) through `alignment`.
  public static func sample(_ planes: FramePlanes, alignment: FaceAlignment, size: Int = defaultSize) -> FramePlanes {
    let unitsPerPixel = region.side / Float(size)
    func resample(_ plane: GrayImage) -> GrayImage {
      var out = [UInt8](repeating: 0, count: size * size)
      plane.pixels.withUnsafeBufferPointer { pixels in
        for row in 0..<size {
          for column in 0..<size {
            let unit = region.minimum + (SIMD2(Float(column), Float(row)) + 0.5) * unitsPerPixel
            let p = alignment.toFrame.apply(unit)
            let value = bilinearSample(pixels, width: plane.width, height: plane.height, x: p.x, y: p.y)
            out[row * size + column] = UInt8(min(max(value.rounded(), 0), 255))
          }
        }
      }
      return GrayImage(width: size, height: size, pixels: out)
    }
    return FramePlanes(luma: resample(planes.luma), cb: resample(planes.cb), cr: resample(planes.cr))
  }
}
