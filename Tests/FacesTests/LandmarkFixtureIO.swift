import Foundation
import SeamScanFaces
import SeamScanImaging

/// Reads the golden landmark fixtures written by Scripts/make-landmark-fixtures:
/// grey `.pgm` images plus the landmarks libdlib found on them.
enum LandmarkFixtureIO {
  struct Face: Decodable {
    var box: DlibRect
    var points: [[Int]]
  }

  struct Golden: Decodable {
    var width: Int
    var height: Int
    var faces: [Face]
  }

  struct Fixture {
    var name: String
    var image: GrayImage
    var golden: Golden
  }

  static let modelURL = URL(fileURLWithPath: "/usr/share/dlib/shape_predictor_68_face_landmarks.dat")

  static var directory: URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures/landmarks")
  }

  static func allFixtures() throws -> [Fixture] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".pgm") }
      .sorted()
    return try names.map { name in
      let stem = String(name.dropLast(4))
      let image = try PGMFixture.read(directory.appendingPathComponent(name))
      let json = try Data(contentsOf: directory.appendingPathComponent(stem + ".json"))
      return Fixture(name: stem, image: image, golden: try JSONDecoder().decode(Golden.self, from: json))
    }
  }
}
