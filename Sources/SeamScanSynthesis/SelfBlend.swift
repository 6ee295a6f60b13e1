import SeamScanForensics
import SeamScanImaging
import SeamScanRecords

/// A self-blended frame and the mask that made it.
public struct SelfBlendResult: Sendable {
  public let planes: FramePlanes
  /// Weight of the altered copy at every pixel of the frame, 0…255.
  public let mask: GrayImage
  /// The rectangle outside which ``mask`` is zero.
  public let maskBounds: PixelRect
  public let parameters: SelfBlendParameters
}

/// Self-Blended Images (Shiohara & Yamasaki, CVPR 2022): a real face blended
/// with a slightly altered copy of itself is a "fake" whose only evidence is
/// the blend itself — a seam, a colour step, a sharpness change — never the
/// identity. Training on these teaches the cues, not a generator.
public enum SelfBlend {
  /// Blends an altered copy of the face back into `frame`. Pure and
  /// deterministic: the same inputs give the same bytes. Nil when the
  /// landmarks do not form a face (see ``FaceGeometry``).
  ///
  /// The copy is the frame resampled about the face centroid (scale,
  /// translation), optionally re-rendered through a generator's G-pixel grid,
  /// with Y/Cb/Cr offsets and a luma sharpness change. The mask is
  /// `strength × smoothstep((edge + feather/2 − ρ) / feather)`, so the blend
  /// region is the landmark hull or the aligned square, eroded or dilated to ρ = edge.
  public static func apply(
    to frame: FramePlanes, landmarks: [SIMD2<Float>], parameters: SelfBlendParameters,
    browLift: Float = FaceGeometry.defaultBrowLift
  ) -> SelfBlendResult? {
    guard frame.width >= 2, frame.height >= 2,
      let geometry = FaceGeometry(
        landmarks: landmarks, frameWidth: frame.width, frameHeight: frame.height,
        browLift: browLift)
    else { return nil }
    let p = parameters
    let feather = max(p.featherWidth, 1e-3)
    let outer = p.maskEdgeRho + feather / 2
    let alignment = FaceAlignment(landmarks: landmarks)
    guard
      let region = maskRegion(
        p.mask, geometry: geometry, alignment: alignment, outer: outer,
        frame: PixelRect(x: 0, y: 0, width: frame.width, height: frame.height))
    else { return nil }
    let rect = region.rect
    let weights = region.rho.map { rho -> Float in
      let t = min(max((outer - rho) / feather, 0), 1)
      return p.strength * t * t * (3 - 2 * t)
    }
    let c = geometry.centroid
    let shift = p.translation * geometry.faceSize
    let sourceOf = { (x: Int, y: Int) -> SIMD2<Float> in c + (SIMD2(Float(x), Float(y)) - c - shift) / p.scale }
    // A generator renders the alignment square at G pixels: detail finer than its grid is gone.
    let bottleneck = p.generatorSize > 0 ? (alignment?.alignedSize ?? 0) / p.generatorSize : p.bottleneckFactor
    let render = { (patch: [Float]) in
      PatchFilters.bottleneck(patch, width: rect.width, height: rect.height, factor: bottleneck)
    }

    var luma = render(copy(frame.luma, over: rect, sourceOf: sourceOf))
    luma = PatchFilters.adjustSharpness(luma, width: rect.width, height: rect.height, amount: p.sharpness)
    let cb = render(copy(frame.cb, over: rect, sourceOf: sourceOf))
    let cr = render(copy(frame.cr, over: rect, sourceOf: sourceOf))

    var mask = GrayImage(width: frame.width, height: frame.height)
    for row in 0..<rect.height {
      for column in 0..<rect.width {
        mask[rect.x + column, rect.y + row] = UInt8((weights[row * rect.width + column] * 255).rounded())
      }
    }
    return SelfBlendResult(
      planes: FramePlanes(
        luma: blend(frame.luma, luma, offset: p.lumaOffset, weights: weights, rect: rect),
        cb: blend(frame.cb, cb, offset: p.cbOffset, weights: weights, rect: rect),
        cr: blend(frame.cr, cr, offset: p.crOffset, weights: weights, rect: rect)),
      mask: mask, maskBounds: rect, parameters: p)
  }

  /// The pixels a mask can touch and ρ at each (1 on the mask's nominal edge):
  /// the hull's gauge, or the Chebyshev distance from the aligned square's centre.
  private static func maskRegion(
    _ mask: BlendMask, geometry: FaceGeometry, alignment: FaceAlignment?, outer: Float,
    frame: PixelRect
  ) -> (rect: PixelRect, rho: [Float])? {
    switch mask {
    case .hull:
      let c = geometry.centroid
      let rect = PixelRect.covering(geometry.hull.map { c + ($0 - c) * outer }, clippedTo: frame)
      return rect.isEmpty ? nil : (rect, geometry.rhoMap(over: rect))
    case .alignedBox:
      guard let alignment else { return nil }
      let half = FaceAlignment.templateSide / 2
      let centre = SIMD2<Float>(repeating: half)
      let corners = [SIMD2<Float>(-1, -1), SIMD2(1, -1), SIMD2(1, 1), SIMD2(-1, 1)]
        .map { alignment.toFrame.apply(centre + $0 * half * outer) }
      let rect = PixelRect.covering(corners, clippedTo: frame)
      guard !rect.isEmpty else { return nil }
      let toTemplate = alignment.toFrame.inverse
      var rho = [Float](repeating: 0, count: rect.area)
      for row in 0..<rect.height {
        for column in 0..<rect.width {
          let u = toTemplate.apply(SIMD2(Float(rect.x + column), Float(rect.y + row))) - centre
          rho[row * rect.width + column] = max(abs(u.x), abs(u.y)) / half
        }
      }
      return (rect, rho)
    }
  }

  /// The plane resampled (bilinear) at `sourceOf(x, y)` for every pixel of `rect`.
  private static func copy(
    _ plane: GrayImage, over rect: PixelRect,
    sourceOf: (Int, Int) -> SIMD2<Float>
  ) -> [Float] {
    var out = [Float](repeating: 0, count: rect.area)
    plane.pixels.withUnsafeBufferPointer { pixels in
      for row in 0..<rect.height {
        for column in 0..<rect.width {
          let q = sourceOf(rect.x + column, rect.y + row)
          out[row * rect.width + column] = bilinearSample(
            pixels, width: plane.width, height: plane.height, x: q.x, y: q.y)
        }
      }
    }
    return out
  }

  /// original + weight × (copy + offset − original), rounded and clamped to 8 bits.
  private static func blend(
    _ original: GrayImage, _ copy: [Float], offset: Float, weights: [Float],
    rect: PixelRect
  ) -> GrayImage {
    var out = original
    for row in 0..<rect.height {
      for column in 0..<rect.width {
        let i = row * rect.width + column
        let x = rect.x + column
        let y = rect.y + row
        let base = Float(original[x, y])
        let value = base + weights[i] * (copy[i] + offset - base)
        out[x, y] = UInt8(min(max(value.rounded(), 0), 255))
      }
    }
    return out
  }
}
