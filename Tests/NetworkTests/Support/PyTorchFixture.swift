import Foundation
import SeamScanNetwork

/// One case written by Scripts/make-network-fixtures.py: a network, a uint8 CHW picture and
/// PyTorch's output for it.
struct PyTorchFixture: Decodable, CustomStringConvertible {
  var network: String
  var input: String
  var shape: [Int]
  var expected: String

  var description: String { input }

  static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

  static func all() throws -> [PyTorchFixture] {
    struct Manifest: Decodable { var fixtures: [PyTorchFixture] }
    let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
    return try JSONDecoder().decode(Manifest.self, from: data).fixtures
  }

  static func networkBytes(_ name: String) throws -> Data {
    try Data(contentsOf: folder.appendingPathComponent(name))
  }

  func loadNetwork() throws -> FaceNetwork {
    try FaceNetwork(contentsOf: Self.folder.appendingPathComponent(network))
  }

  /// The picture's bytes as pixel values, as the aligned crops will give them.
  func loadInput() throws -> Tensor {
    let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(input))
    return Tensor(
      shape: TensorShape(channels: shape[0], height: shape[1], width: shape[2]), values: bytes.map(Float.init))
  }

  func loadExpected() throws -> [Float] {
    let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(expected)))
    return stride(from: 0, to: bytes.count, by: 4).map { offset in
      Float(bitPattern: bytes[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | UInt32($1) })
    }
  }
}
