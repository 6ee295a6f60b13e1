import Benchmark
import Foundation
import SeamScanFaces
import SeamScanImaging

/// dlib's 68-point shape predictor: parsing the 95 MiB model, and predicting on the golden fixture faces
/// (Tests/FacesTests/Fixtures/landmarks, boxes from their .json files).
func landmarkBenchmarks() {
  Benchmark("Landmarks model load", configuration: .init(maxDuration: .seconds(8), maxIterations: 5)) { benchmark in
    do {
      try benchmark.measuringCPU {
        for _ in benchmark.scaledIterations {
          blackHole(try ShapePredictor(contentsOf: Paths.landmarkModel))
        }
      }
    } catch {
      benchmark.error("\(error)")
    }
  }

  // One iteration predicts every fixture face once (72 boxes on 6 images); divide by 72 for the time per face.
  Benchmark("Landmarks predict all fixture faces") { benchmark, state in
    benchmark.measuringCPU {
      for _ in benchmark.scaledIterations {
        for (image, box) in state.faces {
          blackHole(state.predictor.predict(in: image, box: box))
        }
      }
    }
  } setup: {
    (predictor: try ShapePredictor(contentsOf: Paths.landmarkModel), faces: try landmarkFixtureFaces())
  }
}

/// Each face of each fixture image, with the box libdlib was given.
func landmarkFixtureFaces() throws -> [(GrayImage, DlibRect)] {
  struct Golden: Decodable {
    struct Face: Decodable { var box: DlibRect }
    var faces: [Face]
  }
  let names = try FileManager.default.contentsOfDirectory(atPath: Paths.landmarkFixtures.path)
    .filter { $0.hasSuffix(".pgm") }.sorted()
  var faces: [(GrayImage, DlibRect)] = []
  for name in names {
    let image = try readPGM(Paths.landmarkFixtures.appendingPathComponent(name))
    let json = try Data(contentsOf: Paths.landmarkFixtures.appendingPathComponent(String(name.dropLast(4)) + ".json"))
    for face in try JSONDecoder().decode(Golden.self, from: json).faces { faces.append((image, face.box)) }
  }
  guard !faces.isEmpty else { throw BenchmarkSetupError(description: "no landmark fixtures") }
  return faces
}
