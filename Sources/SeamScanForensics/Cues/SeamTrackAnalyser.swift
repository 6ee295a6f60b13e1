import SeamScanImaging

/// Measures the seam cues of one face track, frame after frame.
///
/// Keep one analyser per track and feed it that track's frames in order.
/// It remembers the previous frame (for motion-compensated flicker) and a
/// bounded window of per-frame summaries (for the `window.*` cues). A gap in
/// frame indices drops the previous frame; the window forgets frames older
/// than ``windowLength`` indices.
public struct SeamTrackAnalyser: Sendable {
  public static let defaultWindowLength = 12
  /// Faces smaller than this (√ hull area, px) carry too little texture to measure.
  public static let minimumFaceSize: Float = 24

  public let windowLength: Int
  public let browLift: Float
  private var previous: PreviousFrame?
  private var window: CueWindow
  private var previousScale: (measurement: ScaleMeasurement, frameIndex: Int)?

  public init(windowLength: Int = defaultWindowLength, browLift: Float = FaceGeometry.defaultBrowLift) {
    precondition(windowLength >= 1)
    self.windowLength = windowLength
    self.browLift = browLift
    self.window = CueWindow(length: windowLength)
  }

  /// Cues of the face given by 68 landmarks (frame coordinates) in `frame`,
  /// or nil when the landmarks do not describe a measurable face.
  ///
  /// `detail` is the same picture at full resolution (nil when `frame` already is):
  /// the `scale.*` and `head.*` cues read it, so a generator's pixel grid is
  /// measured where it is finest.
  public mutating func analyse(
    frame: FramePlanes, detail: (any LumaSource)? = nil, landmarks: [SIMD2<Float>],
    frameIndex: Int
  ) -> SeamCueVector? {
    guard
      let geometry = FaceGeometry(
        landmarks: landmarks, frameWidth: frame.width, frameHeight: frame.height, browLift: browLift),
      geometry.faceSize >= Self.minimumFaceSize, geometry.roi.width >= 8, geometry.roi.height >= 8
    else {
      previous = nil
      previousScale = nil
      return nil
    }
    let samples = FaceSamples(geometry: geometry)
    let spatial = SpatialMeasurement(frame: frame, samples: samples)
    var values = SeamCueVector.unmeasured.values
    let (smoothness, chromaOffset) = FrameCues.writeSpatial(spatial, into: &values)

    var flicker = Float.nan
    var landmarkMotion: LandmarkMotion?
    if let previous, previous.frameIndex == frameIndex - 1,
      previous.luma.width == frame.width, previous.luma.height == frame.height
    {
      if let warp = LandmarkMotion.currentToPrevious(previous: previous.landmarks, current: landmarks) {
        let motion = MotionCompensation(
          previous: previous.luma, currentToPrevious: warp, samples: samples, spatial: spatial)
        flicker = FrameCues.writeTemporal(motion, into: &values)
      }
      landmarkMotion = LandmarkMotion(previous: previous.landmarks, current: landmarks)
    }
    window.append(
      FrameObservation(
        frameIndex: frameIndex, interiorSmoothness: smoothness, chromaOffset: chromaOffset,
        interiorFlicker: flicker, landmarkMotion: landmarkMotion))
    window.write(into: &values)
    previous = PreviousFrame(luma: frame.luma, landmarks: landmarks, frameIndex: frameIndex)
    measureScale(
      frame: frame, detail: detail ?? frame.luma, landmarks: landmarks, frameIndex: frameIndex, into: &values)
    return SeamCueVector(values: values)
  }

  private mutating func measureScale(
    frame: FramePlanes, detail: any LumaSource, landmarks: [SIMD2<Float>],
    frameIndex: Int, into values: inout [Float]
  ) {
    let factor = Float(detail.width) / Float(max(1, frame.width))
    let detailLandmarks = landmarks.map { ($0 + 0.5) * factor - 0.5 }
    guard let alignment = FaceAlignment(landmarks: detailLandmarks),
      let geometry = FaceGeometry(
        landmarks: detailLandmarks, frameWidth: detail.width, frameHeight: detail.height,
        browLift: browLift)
    else {
      previousScale = nil
      return
    }
    let axis = detailLandmarks[27] - detailLandmarks[8]
    let up = axis / max((axis * axis).sum().squareRoot(), 1e-6)
    // Only the pixels the measurement reads are converted; none left means no grid point is on the frame.
    let footprint = ScaleMeasurement.footprint(alignment, width: detail.width, height: detail.height)
    let window =
      detail.window(footprint)
      ?? LumaWindow(
        pixels: GrayImage(width: 0, height: 0), origin: .zero, fullWidth: detail.width, fullHeight: detail.height)
    let measurement = ScaleMeasurement(
      detail: window, alignment: alignment, geometry: geometry, up: up,
      analysis: frame, analysisPerDetail: 1 / factor)
    let previous = previousScale.flatMap { $0.frameIndex == frameIndex - 1 ? $0.measurement : nil }
    ScaleCues.write(measurement, previous: previous, into: &values)
    previousScale = (measurement, frameIndex)
  }

  /// Forgets the previous frame and the window (e.g. at a scene cut).
  public mutating func reset() {
    previous = nil
    previousScale = nil
    window = CueWindow(length: windowLength)
  }
}

private struct PreviousFrame {
  let luma: GrayImage
  let landmarks: [SIMD2<Float>]
  let frameIndex: Int
}
