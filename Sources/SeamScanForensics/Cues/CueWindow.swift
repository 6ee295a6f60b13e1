import Foundation

/// What the window keeps of each analysed frame.
struct FrameObservation {
  let frameIndex: Int
  let interiorSmoothness: Float
  /// Interior minus surround mean (Cb, Cr).
  let chromaOffset: SIMD2<Float>
  let interiorFlicker: Float
  let landmarkMotion: LandmarkMotion?
}

/// The last frames of one track, bounded by frame-index span, and the
/// `window.*` cues computed over them.
struct CueWindow {
  /// Spread cues need at least this many finite values.
  static let minimumFrames = 3
  /// Head motion below this (interocular distances per frame) counts as still.
  static let motionFloor: Float = 0.01

  let length: Int
  private(set) var observations: [FrameObservation] = []

  init(length: Int) {
    self.length = length
  }

  mutating func append(_ observation: FrameObservation) {
    observations.removeAll {
      $0.frameIndex <= observation.frameIndex - length || $0.frameIndex >= observation.frameIndex
    }
    observations.append(observation)
  }

  func write(into values: inout [Float]) {
    values[SeamCues.smoothnessInstability] = Self.standardDeviation(observations.map(\.interiorSmoothness))
    let cb = Self.standardDeviation(observations.map(\.chromaOffset.x))
    let cr = Self.standardDeviation(observations.map(\.chromaOffset.y))
    values[SeamCues.chromaInstability] = (cb * cb + cr * cr).squareRoot()
    let flicker = observations.map(\.interiorFlicker).filter(\.isFinite)
    values[SeamCues.windowFlicker] = flicker.isEmpty ? .nan : flicker.reduce(0, +) / Float(flicker.count)
    let motions = observations.compactMap(\.landmarkMotion)
    if !motions.isEmpty {
      let n = Float(motions.count)
      let jitter = motions.reduce(0) { $0 + $1.jitter } / n
      let motion = motions.reduce(0) { $0 + $1.motion } / n
      values[SeamCues.landmarkJitter] = Float(log(Double(jitter + 1e-4) / Double(motion + Self.motionFloor)))
    }
  }

  /// Population standard deviation of the finite values, NaN with too few.
  static func standardDeviation(_ values: [Float]) -> Float {
    let finite = values.filter(\.isFinite)
    guard finite.count >= minimumFrames else { return .nan }
    let mean = finite.reduce(0, +) / Float(finite.count)
    let variance = finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Float(finite.count)
    return variance.squareRoot()
  }
}
