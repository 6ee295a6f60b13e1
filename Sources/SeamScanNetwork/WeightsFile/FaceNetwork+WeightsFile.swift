import Foundation

extension FaceNetwork {
  /// Loads a weights file (see `WeightsFileFormat`).
  public init(contentsOf url: URL) throws(FaceNetworkError) {
    self = try Self.load(url).network
  }

  /// Loads a weights file and returns the bytes it parsed, read once and no more than the format
  /// allows: the scan hashes these very bytes for its records.
  public static func load(_ url: URL) throws(FaceNetworkError) -> (network: FaceNetwork, bytes: Data) {
    let bytes: Data
    do {
      let file = try FileHandle(forReadingFrom: url)
      defer { try? file.close() }
      bytes = try file.read(upToCount: WeightsFileFormat.maximumFileBytes + 1) ?? Data()
    } catch {
      throw FaceNetworkError("cannot load face network \(url.path): \(error.localizedDescription)")
    }
    do {
      return (try FaceNetwork(weightsFile: bytes), bytes)
    } catch {
      throw FaceNetworkError("cannot load face network \(url.path): \(error.message)")
    }
  }

  /// Parses the bytes of a weights file; throws on anything but a complete, consistent file.
  public init(weightsFile data: Data) throws(FaceNetworkError) {
    guard data.count <= WeightsFileFormat.maximumFileBytes else {
      throw FaceNetworkError("the file is larger than \(WeightsFileFormat.maximumFileBytes) bytes")
    }
    var reader = ByteReader([UInt8](data))
    guard try reader.take(WeightsFileFormat.magic.count, for: "the magic").elementsEqual(WeightsFileFormat.magic)
    else {
      throw FaceNetworkError("not a face network weights file (no SEAMNET magic)")
    }
    let version = try reader.uint32(for: "the format version")
    guard version == WeightsFileFormat.version else {
      throw FaceNetworkError(
        "weights file format version \(version); this build reads version \(WeightsFileFormat.version)")
    }
    let header = try Self.header(from: &reader)
    let input = try InputNormalisation(
      shape: TensorShape(channels: header.input.channels, height: header.input.height, width: header.input.width),
      mean: header.input.mean, standardDeviation: header.input.std)
    try Limits.check(header.layers.count, "the number of layers", in: 1...Limits.layers)
    var layers: [Layer] = []
    for (index, entry) in header.layers.enumerated() {
      do {
        layers.append(try entry.layer(reading: &reader))
      } catch {
        // The kind is quoted and cut short: it is the file's text, not ours.
        throw FaceNetworkError(
          "layer \(index) (\(String(reflecting: String(entry.kind.prefix(32))))): \(error.message)")
      }
    }
    guard reader.remaining == 0 else {
      throw FaceNetworkError("\(reader.remaining) bytes follow the last layer's weights")
    }
    try self.init(input: input, layers: layers)
  }

  private static func header(from reader: inout ByteReader) throws(FaceNetworkError) -> WeightsFileHeader {
    let length = Int(try reader.uint32(for: "the header length"))
    guard length <= WeightsFileFormat.maximumHeaderBytes else {
      throw FaceNetworkError("the header claims \(length) bytes, more than \(WeightsFileFormat.maximumHeaderBytes)")
    }
    let json = try reader.take(length, for: "the header")
    do {
      return try JSONDecoder().decode(WeightsFileHeader.self, from: Data(json))
    } catch {
      throw FaceNetworkError("the header is not valid JSON of the expected form (\(error))")
    }
  }
}
