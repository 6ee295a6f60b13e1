import Benchmark
import SeamScanFaces
import SeamScanForensics
import SeamScanImaging
import SeamScanMedia

/// Seam cues and scoring on a real face track: consecutive frames of SampleMedia/astronaut-pan.mp4
/// with landmarks from the detector and predictor, all computed in setup.
func cueBenchmarks() {
  let trackLength = 16

  // One iteration analyses the whole track with a fresh analyser, so the temporal
  // (flicker, motion, window) cues are measured on every frame after the first.
  Benchmark("Cues analyse \(trackLength)-frame track") { benchmark, track in
    benchmark.measuringCPU {
      for _ in benchmark.scaledIterations {
        var analyser = SeamTrackAnalyser()
        for index in track.frames.indices {
          blackHole(
            analyser.analyse(
              frame: track.frames[index], detail: track.details[index], landmarks: track.landmarks[index],
              frameIndex: index))
        }
      }
    }
  } setup: {
    try FaceTrack(frameCount: trackLength)
  }

  // One iteration scores the cue vectors of every frame of the track.
  Benchmark("Scorer score \(trackLength) frames", configuration: .init(scalingFactor: .kilo)) { benchmark, state in
    benchmark.measuringCPU {
      for _ in benchmark.scaledIterations {
        for cues in state.cues { blackHole(state.scorer.score(cues)) }
      }
    }
  } setup: {
    try TrackCues(frameCount: trackLength)
  }
}

/// The trained video scorer and the cues of every frame of a face track.
struct TrackCues {
  let scorer: SeamScorer
  let cues: [SeamCueVector]

  init(frameCount: Int) throws {
    let track = try FaceTrack(frameCount: frameCount)
    var analyser = SeamTrackAnalyser()
    cues = track.frames.indices.compactMap { index in
      analyser.analyse(
        frame: track.frames[index], detail: track.details[index], landmarks: track.landmarks[index], frameIndex: index)
    }
    guard cues.count == frameCount else {
      throw BenchmarkSetupError(description: "a frame of the track was not measurable")
    }
    scorer = try SeamScorer(weights: .trained)
  }
}

/// Consecutive frames with the 68 landmarks of one face: found by the detector on the first
/// frame with a face, then followed by refitting the box to each predicted shape, as the tracker does.
struct FaceTrack {
  var frames: [FramePlanes] = []
  var details: [GrayImage?] = []
  var landmarks: [[SIMD2<Float>]] = []

  init(frameCount: Int) throws {
    let detector = try makeDetector()
    let predictor = try ShapePredictor(contentsOf: Paths.landmarkModel)
    let reader = try MediaReader(path: Paths.sampleClip)
    var box: DlibRect?
    while frames.count < frameCount, let frame = reader.nextFrame() {
      guard let planes = frame.planes() else { continue }
      if box == nil {
        box = detector.detect(in: planes.luma).max { $0.box.width * $0.box.height < $1.box.width * $1.box.height }?.box
      }
      guard let current = box else { continue }
      let shape = predictor.predict(in: planes.luma, box: current)
      frames.append(planes)
      details.append(frame.detailLuma())
      landmarks.append(shape.points)
      box = FaceBox.refit(shape, predictor: predictor)
    }
    guard frames.count == frameCount else {
      throw BenchmarkSetupError(description: "\(Paths.sampleClip): fewer than \(frameCount) frames with a face")
    }
  }
}
