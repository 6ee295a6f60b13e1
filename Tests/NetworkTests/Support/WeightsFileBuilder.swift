import Foundation

/// Hand-made weights files, whole or damaged on purpose.
enum WeightsFileBuilder {
  static func file(header: String, floats: [Float], magic: String = "SEAMNET\n", version: UInt32 = 1) -> Data {
    var data = Data(magic.utf8)
    append(version, to: &data)
    append(UInt32(header.utf8.count), to: &data)
    data.append(contentsOf: Array(header.utf8))
    for value in floats { append(value.bitPattern, to: &data) }
    return data
  }

  /// A header for a 1×2×2 input (mean 0, std 1) and the given layers' JSON objects.
  static func header(layers: [String]) -> String {
    #"{"input":{"channels":1,"height":2,"width":2,"mean":[0],"std":[1]},"layers":["#
      + layers.joined(separator: ",") + "]}"
  }

  /// `data` with its version field (bytes 8–11) replaced.
  static func withVersion(_ version: UInt32, _ data: Data) -> Data {
    var field = Data()
    append(version, to: &field)
    var copy = data
    copy.replaceSubrange(8..<12, with: field)
    return copy
  }

  private static func append(_ word: UInt32, to data: inout Data) {
    for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8(truncatingIfNeeded: word >> shift)) }
  }
}
