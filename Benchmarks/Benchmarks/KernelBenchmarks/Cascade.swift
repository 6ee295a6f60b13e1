import Benchmark
import Foundation
import SeamScanFaces
import SeamScanImaging

/// Haar cascade scans of the 640×360 letterboxed astronaut, one whole-image scan per iteration.
func cascadeBenchmarks() {
  for (name, url) in [("alt2", Paths.frontalAlt2), ("default", Paths.frontalDefault)] {
    Benchmark("Cascade \(name) 640x360") { benchmark, state in
      benchmark.measuringCPU {
        for _ in benchmark.scaledIterations {
          blackHole(state.cascade.detect(in: state.image, parameters: scanCascadeParameters))
        }
      }
    } setup: {
      (cascade: try CascadeClassifier(contentsOf: url), image: try readPGM(Paths.cascadeFixture))
    }
  }

  // Frontal alt2 finds the face here, so the profile cascades are not run (as on most frames).
  Benchmark("FaceDetector detect 640x360") { benchmark, state in
    benchmark.measuringCPU {
      for _ in benchmark.scaledIterations {
        blackHole(state.detector.detect(in: state.image))
      }
    }
  } setup: {
    (detector: try makeDetector(), image: try readPGM(Paths.cascadeFixture))
  }

  // The tracker's confirmation scan: the region around a known face, 0.7-1.5 times its size.
  Benchmark("FaceDetector detect near 640x360") { benchmark, state in
    benchmark.measuringCPU {
      for _ in benchmark.scaledIterations {
        blackHole(state.detector.detect(in: state.image, near: state.box))
      }
    }
  } setup: {
    try KnownFace()
  }
}

/// The fixture, the detector and the box of the face it finds there.
struct KnownFace {
  let detector: FaceDetector
  let image: GrayImage
  let box: DlibRect

  init() throws {
    detector = try makeDetector()
    image = try readPGM(Paths.cascadeFixture)
    guard let face = detector.detect(in: image).first else {
      throw BenchmarkSetupError(description: "no face found in \(Paths.cascadeFixture.lastPathComponent)")
    }
    box = face.box
  }
}
