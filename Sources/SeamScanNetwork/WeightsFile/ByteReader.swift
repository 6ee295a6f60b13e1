/// Reads a weights file front to back; every read checks that the bytes are there.
struct ByteReader {
  private let bytes: [UInt8]
  private(set) var offset = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  var remaining: Int { bytes.count - offset }

  mutating func take(_ count: Int, for what: String) throws(FaceNetworkError) -> ArraySlice<UInt8> {
    guard count >= 0, count <= remaining else {
      throw FaceNetworkError(
        "the file ends inside \(what): \(count) bytes needed at offset \(offset), \(remaining) left")
    }
    defer { offset += count }
    return bytes[offset..<(offset + count)]
  }

  mutating func uint32(for what: String) throws(FaceNetworkError) -> UInt32 {
    let word = try take(4, for: what)
    return word.reversed().reduce(0) { $0 << 8 | UInt32($1) }
  }

  /// `count` little-endian Float32 values, all finite.
  mutating func floats(_ count: Int, for what: String) throws(FaceNetworkError) -> [Float] {
    guard count <= remaining / 4 else {
      throw FaceNetworkError(
        "the file ends inside \(what): \(count) floats needed at offset \(offset), \(remaining) bytes left")
    }
    var values = [Float]()
    values.reserveCapacity(count)
    for _ in 0..<count {
      let value = Float(bitPattern: try uint32(for: what))
      guard value.isFinite else {
        throw FaceNetworkError("\(what) holds a value that is not finite at offset \(offset - 4)")
      }
      values.append(value)
    }
    return values
  }
}
