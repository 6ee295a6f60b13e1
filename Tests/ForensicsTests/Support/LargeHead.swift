import SeamScanImaging

@testable import SeamScanForensics
@testable import SeamScanSynthesis

/// A still, large synthetic head over fine camera-like texture, optionally with its
/// face re-rendered through a coarse generator grid, as an upscaled swap would be.
struct LargeHead {
  static let size = 720
  static let headScale: Float = 3.2
  let frame: FramePlanes
  let landmarks: [SIMD2<Float>]

  init(bottleneck: Float?, seed: UInt64 = 5) {
    let n = Self.size
    var rng = SplitMix64(seed: seed)
    // Fine texture at every pixel: the band a generator's grid cannot carry.
    var luma = (0..<(n * n)).map { _ in 128 + rng.symmetric(20) }
    let axes = SyntheticClip.semiAxes * Self.headScale
    let centre = SIMD2<Float>(Float(n) / 2, Float(n) / 2 - 20)
    landmarks = SyntheticClip.headLandmarks(axes: axes).map { centre + $0 }
    if let bottleneck {
      let geometry = FaceGeometry(landmarks: landmarks, frameWidth: n, frameHeight: n)!
      let rendered = PatchFilters.bottleneck(luma, width: n, height: n, factor: bottleneck)
      let rho = geometry.rhoMap(over: PixelRect(x: 0, y: 0, width: n, height: n))
      for i in luma.indices {
        let t = min(max((1.0 - rho[i]) / 0.1, 0), 1)
        luma[i] += t * (rendered[i] - luma[i])
      }
    }
    let pixels = luma.map { UInt8(min(max($0.rounded(), 0), 255)) }
    let skin = GrayImage(width: n, height: n, fill: 128)
    frame = FramePlanes(luma: GrayImage(width: n, height: n, pixels: pixels), cb: skin, cr: skin)
  }

  func cues() -> SeamCueVector {
    var analyser = SeamTrackAnalyser()
    return analyser.analyse(frame: frame, landmarks: landmarks, frameIndex: 0)!
  }
}
