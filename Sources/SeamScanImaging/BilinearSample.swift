/// Bilinear read of an 8-bit plane at a real-valued position, clamped to the plane.
///
/// The one sampler of the project: resizing, aligned crops, motion warps, cue
/// taps and blends all read planes through it. The plane is at least 2 × 2.
@inlinable @inline(__always)
public func bilinearSample(_ pixels: UnsafeBufferPointer<UInt8>, width: Int, height: Int, x: Float, y: Float) -> Float {
  let cx = min(max(x, 0), Float(width - 1))
  let cy = min(max(y, 0), Float(height - 1))
  let x0 = min(Int(cx), width - 2)
  let y0 = min(Int(cy), height - 2)
  let fx = cx - Float(x0)
  let fy = cy - Float(y0)
  let o = y0 * width + x0
  let top = Float(pixels[o]) + (Float(pixels[o + 1]) - Float(pixels[o])) * fx
  let bottom = Float(pixels[o + width]) + (Float(pixels[o + width + 1]) - Float(pixels[o + width])) * fx
  return top + (bottom - top) * fy
}
