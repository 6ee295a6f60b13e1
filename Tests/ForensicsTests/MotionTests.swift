import SeamScanImaging
import Testing

@testable import SeamScanForensics
@testable import SeamScanSynthesis

@Suite struct MotionTests {
  @Test func similarityFitRecoversAKnownTransform() {
    let truth = SimilarityTransform(a: 1.02 * 0.995, b: 1.02 * 0.0998, translation: SIMD2(3.5, -2.25))
    let points = SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes)
    let fit = SimilarityTransform.fit(from: points, to: points.map(truth.apply))!
    #expect(abs(fit.a - truth.a) < 1e-5 && abs(fit.b - truth.b) < 1e-5)
    #expect(abs(fit.translation.x - truth.translation.x) < 1e-3 && abs(fit.translation.y - truth.translation.y) < 1e-3)
    #expect(SimilarityTransform.fit(from: [SIMD2(1, 1), SIMD2(1, 1)], to: [SIMD2(0, 0), SIMD2(2, 2)]) == nil)
  }

  /// Flicker on a clean moving, turning head after compensation, against the
  /// plain frame difference.
  @Test func compensationRemovesHeadMotion() {
    let clip = Clips.clean
    var residual: [Float] = []
    var raw: [Float] = []
    for t in 1..<clip.frames.count {
      let motion = compensation(clip, frame: t)
      residual.append(motion.meanAbsoluteResidual)
      raw.append(motion.meanAbsoluteRawDifference)
    }
    let meanResidual = residual.reduce(0, +) / Float(residual.count)
    let meanRaw = raw.reduce(0, +) / Float(raw.count)
    #expect(meanResidual < 0.35 * meanRaw)
    // Two frames of uniform ±3.5 sensor noise alone differ by about 2.3 levels on average.
    #expect(meanResidual < 4)
  }

  @Test func localRefinementHelpsBeyondTheGlobalWarp() {
    let clip = Clips.clean
    let t = 5
    let refined = compensation(clip, frame: t)
    let misaligned = compensation(clip, frame: t, extraShift: SIMD2(1.2, -0.8))
    let unrefinedEstimate = compensation(clip, frame: t, extraShift: SIMD2(1.2, -0.8), refine: false)
    #expect(misaligned.meanAbsoluteResidual < unrefinedEstimate.meanAbsoluteResidual)
    #expect(refined.meanAbsoluteResidual <= misaligned.meanAbsoluteResidual + 0.5)
  }

  @Test func landmarkMotionSeparatesRigidMotionFromJitter() {
    let base = SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes).map { $0 + SIMD2(160, 160) }
    let moved = base.map { $0 + SIMD2(4, 0) }
    let rigid = LandmarkMotion(previous: base, current: moved)!
    #expect(rigid.jitter < 1e-4)
    #expect(rigid.motion > 0.05)
    var rng = SplitMix64(seed: 3)
    let jittered = moved.map { $0 + SIMD2(rng.symmetric(2), rng.symmetric(2)) }
    #expect(LandmarkMotion(previous: base, current: jittered)!.jitter > 0.01)
  }

  private func compensation(
    _ clip: SyntheticClip, frame t: Int, extraShift: SIMD2<Float> = .zero,
    refine: Bool = true
  ) -> MotionCompensation {
    let geometry = FaceGeometry(
      landmarks: clip.landmarks[t], frameWidth: clip.frames[t].width, frameHeight: clip.frames[t].height)!
    let samples = FaceSamples(geometry: geometry)
    let spatial = SpatialMeasurement(frame: clip.frames[t], samples: samples)
    var warp = LandmarkMotion.currentToPrevious(previous: clip.landmarks[t - 1], current: clip.landmarks[t])!
    warp.translation += extraShift
    return MotionCompensation(
      previous: clip.frames[t - 1].luma, currentToPrevious: warp, samples: samples,
      spatial: spatial, maximumShift: refine ? MotionCompensation.defaultMaximumShift : 0)
  }
}
