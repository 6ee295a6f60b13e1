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
      let image = try readPGM(directory.appendingPathComponent(name))
      let json = try Data(contentsOf: directory.appendingPathComponent(stem + ".json"))
      return Fixture(name: stem, image: image, golden: try JSONDecoder().decode(Golden.self, from: json))
    }
  }

  /// An 8-bit binary PGM (`P5`, maxval 255, no comments), the only kind the
  /// fixture script writes.
  static func readPGM(_ url: URL) throws -> GrayImage {
    let bytes = [UInt8](try Data(contentsOf: url))
    var fields: [String] = []
    var index = 0
    while fields.count < 4 {
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      let start = index
      while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
      guard index > start else { throw PGMError.badHeader(url.lastPathComponent) }
      fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
    }
    index += 1  // the single whitespace byte before the pixels
    guard fields[0] == "P5", let width = Int(fields[1]), let height = Int(fields[2]), fields[3] == "255",
      bytes.count - index == width * height
    else { throw PGMError.badHeader(url.lastPathComponent) }
    return GrayImage(width: width, height: height, pixels: Array(bytes[index...]))
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  enum PGMError: Error {
    case badHeader(String)
  }
}
