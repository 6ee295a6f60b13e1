import Foundation
import SeamScanNetwork
import Testing

/// A weights file that is cut short, of another version, or inconsistent throws a message; nothing crashes.
@Suite struct DamagedWeightsFileTests {
  let convolution =
    #"{"kind":"convolution","in_channels":1,"out_channels":2,"kernel":1,"stride":1,"padding":0,"groups":1}"#

  func message(loading data: Data) -> String? {
    do {
      _ = try FaceNetwork(weightsFile: data)
      return nil
    } catch {
      return error.message
    }
  }

  @Test func aHandMadeFileLoads() throws {
    let data = WeightsFileBuilder.file(
      header: WeightsFileBuilder.header(layers: [convolution, #"{"kind":"relu"}"#]), floats: [1, -1, 0, 0])
    let network = try FaceNetwork(weightsFile: data)
    #expect(network.outputShape == TensorShape(channels: 2, height: 2, width: 2))
    #expect(network.parameterCount == 4)
  }

  @Test func everyTruncationThrows() throws {
    let data = try PyTorchFixture.networkBytes("plain.seamnet")
    // Every length through the header and the first weights, then every 97th byte.
    let lengths = Array(0..<2048) + Array(stride(from: 2048, to: data.count, by: 97)) + [data.count - 1]
    for length in lengths {
      #expect(message(loading: data.prefix(length)) != nil, "cut to \(length) bytes")
    }
  }

  @Test func anotherVersionThrowsNamingIt() throws {
    let data = try PyTorchFixture.networkBytes("plain.seamnet")
    #expect(message(loading: WeightsFileBuilder.withVersion(2, data))?.contains("version 2") == true)
    #expect(message(loading: WeightsFileBuilder.withVersion(0, data))?.contains("version 0") == true)
  }

  @Test func anotherMagicThrows() {
    let data = WeightsFileBuilder.file(
      header: WeightsFileBuilder.header(layers: [convolution]), floats: [1, 1, 0, 0], magic: "PK\u{3}\u{4}\0\0\0\0")
    #expect(message(loading: data)?.contains("magic") == true)
  }

  @Test func aDenseLayerOfTheWrongSizeThrows() {
    // The convolution makes 2×2×2 = 8 values; the dense layer claims 3 (its own weights are complete).
    let dense = #"{"kind":"dense","in_features":3,"out_features":1}"#
    let data = WeightsFileBuilder.file(
      header: WeightsFileBuilder.header(layers: [convolution, dense]), floats: [1, 1, 0, 0, 1, 1, 1, 0])
    #expect(message(loading: data)?.contains("expects 3 input features") == true)
  }

  @Test func aConvolutionOfTheWrongChannelCountThrows() {
    let twoChannels = convolution.replacingOccurrences(of: #""in_channels":1"#, with: #""in_channels":2"#)
    let data = WeightsFileBuilder.file(
      header: WeightsFileBuilder.header(layers: [twoChannels]), floats: [1, 1, 1, 1, 0, 0])
    #expect(message(loading: data)?.contains("expects 2 input channels") == true)
  }

  @Test func surplusBytesThrow() {
    let data = WeightsFileBuilder.file(
      header: WeightsFileBuilder.header(layers: [convolution]), floats: [1, 1, 0, 0, 7])
    #expect(message(loading: data)?.contains("follow the last layer") == true)
  }

  @Test func aWeightThatIsNotFiniteThrows() {
    let data = WeightsFileBuilder.file(
      header: WeightsFileBuilder.header(layers: [convolution]), floats: [1, .nan, 0, 0])
    #expect(message(loading: data)?.contains("not finite") == true)
  }

  @Test(arguments: [
    #"{"input":{"channels":1},"layers":[]}"#,
    WeightsFileBuilder.header(layers: []),
    WeightsFileBuilder.header(layers: [#"{"kind":"batch_norm"}"#]),
    WeightsFileBuilder.header(layers: [#"{"kind":"convolution","in_channels":1}"#]),
    WeightsFileBuilder.header(layers: [#"{"kind":"max_pool","kernel":3,"stride":1}"#]),
    WeightsFileBuilder.header(layers: [#"{"kind":"dense","in_features":9223372036854775807,"out_features":2}"#]),
    #"{"input":{"channels":1,"height":100000,"width":100000,"mean":[0],"std":[1]},"layers":[{"kind":"relu"}]}"#,
    "not json",
  ])
  func aBadHeaderThrows(_ header: String) {
    #expect(message(loading: WeightsFileBuilder.file(header: header, floats: [])) != nil)
  }

  @Test func aMissingFileThrowsNamingIt() {
    #expect(throws: FaceNetworkError.self) {
      try FaceNetwork(contentsOf: URL(fileURLWithPath: "/nonexistent/face.seamnet"))
    }
  }

  /// Random byte changes anywhere: each file either throws or loads and runs; none crashes.
  @Test func corruptedBytesNeverCrash() throws {
    let original = [UInt8](try PyTorchFixture.networkBytes("depthwise.seamnet"))
    var generator = SplitMix64(seed: 16)
    for _ in 0..<300 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        // Most changes land in the first 1 KB (magic, version, header), where parsing branches.
        let limit = Bool.random(using: &generator) ? min(1024, bytes.count) : bytes.count
        bytes[Int.random(in: 0..<limit, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
      }
      if let network = try? FaceNetwork(weightsFile: Data(bytes)) {
        let input = Tensor(shape: network.input.shape, values: Array(repeating: 128, count: network.input.shape.count))
        _ = try network.run(input)
      }
    }
  }
}
