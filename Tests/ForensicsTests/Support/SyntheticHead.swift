import SeamScanImaging

@testable import SeamScanForensics
@testable import SeamScanSynthesis

/// A deterministic clip of a textured elliptical "head" moving and turning
/// slightly over a still textured background, with camera noise and 68
/// landmarks placed on the head. Optionally a face is pasted in as a swap
/// tool would: noiseless, upscaled-looking (fine texture at half resolution),
/// brighter and colour-shifted, through a feathered mask whose strength
/// changes every frame. Mild encoder noise covers everything.
struct SyntheticClip {
  struct Options {
    var frameCount = 14
    var width = 320
    var height = 320
    var seam = false
    /// Landmark noise, px (uniform ±), for the jitter cue.
    var landmarkNoise: Float = 0
    /// Scale of the head; 1 gives a face about 124 px wide.
    var headScale: Float = 1
    var seed: UInt64 = 7
  }

  let frames: [FramePlanes]
  let landmarks: [[SIMD2<Float>]]

  static let semiAxes = SIMD2<Float>(62, 80)

  init(frames: [FramePlanes], landmarks: [[SIMD2<Float>]]) {
    self.frames = frames
    self.landmarks = landmarks
  }

  init(_ options: Options) {
    let fine = NoiseTexture(width: 256, height: 256, passes: 1, seed: 11)
    let coarse = NoiseTexture(width: 256, height: 256, passes: 4, seed: 12)
    let backgroundFine = NoiseTexture(width: 256, height: 256, passes: 1, seed: 13)
    let backgroundCoarse = NoiseTexture(width: 256, height: 256, passes: 4, seed: 14)
    var noise = SplitMix64(seed: options.seed)
    let axes = Self.semiAxes * options.headScale
    var frames: [FramePlanes] = []
    var landmarks: [[SIMD2<Float>]] = []
    for t in 0..<options.frameCount {
      let time = Float(t)
      let centre = SIMD2<Float>(
        Float(options.width) * 0.47 + 10 * sinApprox(time * 0.35),
        Float(options.height) * 0.5 + 6 * sinApprox(time * 0.5 + 1))
      let angle = 0.05 * sinApprox(time * 0.3)
      let cosA = 1 - angle * angle / 2
      let sinA = angle
      let strength = 0.7 + 0.3 * sinApprox(time * 1.9)
      var luma = [UInt8](repeating: 0, count: options.width * options.height)
      var cb = luma
      var cr = luma
      for y in 0..<options.height {
        for x in 0..<options.width {
          let d = SIMD2<Float>(Float(x), Float(y)) - centre
          let q = SIMD2(cosA * d.x + sinA * d.y, -sinA * d.x + cosA * d.y)
          let radius = ((q.x / axes.x) * (q.x / axes.x) + (q.y / axes.y) * (q.y / axes.y)).squareRoot()
          let headAlpha = min(max((1 - radius) * min(axes.x, axes.y) + 0.5, 0), 1)
          let u = q.x / options.headScale + 128
          let v = q.y / options.headScale + 128
          let headFine = 9 * fine.sample(u, v)
          let headCoarse = 14 * coarse.sample(u, v)
          // A fractional offset gives the background the same interpolation softness as the head.
          let bx = Float(x) + 0.3
          let by = Float(y) + 0.3
          let background = 112 + 9 * backgroundFine.sample(bx, by) + 14 * backgroundCoarse.sample(bx, by)
          var yValue = background + headAlpha * (128 + headFine + headCoarse - background)
          var cbValue = 128 + 3 * backgroundCoarse.sample(Float(y), Float(x)) + headAlpha * (-16 + 2 * headCoarse / 14)
          var crValue = 126 + headAlpha * (24 + 2 * headFine / 9)
          yValue += noise.symmetric(3.5)
          if options.seam {
            let inner =
              ((q.x / axes.x) * (q.x / axes.x)
              + ((q.y - 0.2 * axes.y) / (0.8 * axes.y)) * ((q.y - 0.2 * axes.y) / (0.8 * axes.y))).squareRoot()
            let s = min(max((0.95 - inner) / 0.13, 0), 1)
            let weight = strength * s * s * (3 - 2 * s)
            // Fine texture at half resolution, as from a 2× upscaled swap output.
            let pasted = 138 + 9 * fine.sample(u / 2 + 64, v / 2 + 64) + headCoarse
            yValue += weight * (pasted - yValue)
            cbValue += weight * -5
            crValue += weight * 5
          }
          yValue += noise.symmetric(1.5)
          let i = y * options.width + x
          luma[i] = UInt8(min(max(yValue.rounded(), 0), 255))
          cb[i] = UInt8(min(max(cbValue.rounded(), 0), 255))
          cr[i] = UInt8(min(max(crValue.rounded(), 0), 255))
        }
      }
      frames.append(
        FramePlanes(
          luma: GrayImage(width: options.width, height: options.height, pixels: luma),
          cb: GrayImage(width: options.width, height: options.height, pixels: cb),
          cr: GrayImage(width: options.width, height: options.height, pixels: cr)))
      landmarks.append(
        Self.headLandmarks(axes: axes).map { p in
          let rotated = SIMD2(cosA * p.x - sinA * p.y, sinA * p.x + cosA * p.y)
          return centre + rotated
            + SIMD2(noise.symmetric(options.landmarkNoise), noise.symmetric(options.landmarkNoise))
        })
    }
    self.frames = frames
    self.landmarks = landmarks
  }

  /// 68 points in iBUG 300-W order, in head coordinates (y down, origin at the ellipse centre).
  static func headLandmarks(axes: SIMD2<Float>) -> [SIMD2<Float>] {
    let a = axes.x
    let b = axes.y
    var points: [SIMD2<Float>] = []
    for k in 0...16 {
      let phi = Float(k) / 16 * .pi
      points.append(SIMD2(-a * cosApprox(phi), b * sinApprox(phi)))
    }
    for k in 0..<5 { points.append(SIMD2(a * (-0.75 + 0.15 * Float(k)), -0.45 * b - 0.04 * b * Float(min(k, 4 - k)))) }
    for k in 0..<5 { points.append(SIMD2(a * (0.15 + 0.15 * Float(k)), -0.45 * b - 0.04 * b * Float(min(k, 4 - k)))) }
    for k in 0..<4 { points.append(SIMD2(0, b * (-0.35 + 0.15 * Float(k)))) }
    for k in 0..<5 { points.append(SIMD2(a * (-0.15 + 0.075 * Float(k)), 0.22 * b)) }
    for side: Float in [-1, 1] {
      for k in 0..<6 {
        let phi = Float(k) / 6 * 2 * .pi
        points.append(SIMD2(side * 0.4 * a + 0.12 * a * cosApprox(phi), -0.3 * b + 0.05 * b * sinApprox(phi)))
      }
    }
    for k in 0..<12 {
      let phi = Float(k) / 12 * 2 * .pi
      points.append(SIMD2(-0.3 * a * cosApprox(phi), 0.5 * b + 0.1 * b * sinApprox(phi)))
    }
    for k in 0..<8 {
      let phi = Float(k) / 8 * 2 * .pi
      points.append(SIMD2(-0.2 * a * cosApprox(phi), 0.5 * b + 0.04 * b * sinApprox(phi)))
    }
    return points
  }
}

/// Sine from a short Taylor series after range reduction: exact enough for
/// test motion and free of platform math libraries, so clips are bit-identical everywhere.
func sinApprox(_ x: Float) -> Float {
  var r = x.truncatingRemainder(dividingBy: 2 * .pi)
  if r > .pi { r -= 2 * .pi }
  if r < -.pi { r += 2 * .pi }
  if r > .pi / 2 { r = .pi - r }
  if r < -.pi / 2 { r = -.pi - r }
  let r2 = r * r
  return r * (1 - r2 / 6 * (1 - r2 / 20 * (1 - r2 / 42 * (1 - r2 / 72))))
}

func cosApprox(_ x: Float) -> Float { sinApprox(x + .pi / 2) }
