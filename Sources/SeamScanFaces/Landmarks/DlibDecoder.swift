import Foundation

/// Reads dlib's binary serialization (`dlib/serialize.h`) from a byte buffer.
///
/// Integers are a control byte (bit 0x80 = negative, low nibble = number of
/// magnitude bytes, least significant first) followed by the magnitude.
/// Floats are an integer mantissa then an integer exponent:
/// `value = mantissa · 2^exponent`. The decoder checks every length before reading and
/// reports where a malformed value sits, so a bad file fails with a message
/// instead of a crash.
struct DlibDecoder {
  /// The bytes in reach: the whole buffer, or a window of a file read piece by piece.
  private var bytes: [UInt8]
  private var position = 0
  /// Where `bytes` starts in the whole.
  private var windowStart = 0
  private let totalCount: Int
  private let file: FileHandle?

  /// Decodes a buffer held in memory.
  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = Array(bytes)
    totalCount = bytes.count
    file = nil
  }

  /// Decodes a file of `size` bytes a megabyte at a time, so that parsing a 100 MB model
  /// never holds more than its parsed values (mapping it whole doubled the peak memory).
  init(file: FileHandle, size: Int) {
    bytes = []
    totalCount = size
    self.file = file
  }

  private static let windowSize = 1 << 20

  var offset: Int { windowStart + position }
  var isAtEnd: Bool { offset == totalCount }
  var remaining: Int { totalCount - offset }

  /// Moves the window on so that more bytes than `count` follow the position, where the file
  /// has them; reading errors show as a short window, reported as truncation by the caller.
  @inline(never)
  private mutating func refill(_ count: Int) {
    guard let file, windowStart + bytes.count < totalCount else { return }
    var next = Array(bytes[position...])
    next.reserveCapacity(Self.windowSize + count)
    while next.count <= count, let chunk = try? file.read(upToCount: Self.windowSize), !chunk.isEmpty {
      next.append(contentsOf: chunk)
    }
    windowStart += position
    position = 0
    bytes = next
  }

  /// A signed integer of any width dlib writes (`int`, `long`, `int64`...).
  @inline(__always)
  mutating func readInt() throws(DlibFormatError) -> Int64 {
    if bytes.count - position <= 8 { refill(8) }
    guard position < bytes.count else { throw .truncated(at: offset) }
    let control = bytes[position]
    let count = Int(control & 0x0F)
    // Bits 0x70 mark dlib's old text encoding, which this model never uses.
    guard control & 0x70 == 0, count >= 1, count <= 8 else { throw .badInteger(at: offset) }
    guard bytes.count - position > count else { throw .truncated(at: offset) }
    var magnitude: UInt64 = 0
    var shift: UInt64 = 0
    for i in 1...count {
      magnitude |= UInt64(bytes[position + i]) &<< shift
      shift &+= 8
    }
    guard magnitude <= UInt64(Int64.max) else { throw .badInteger(at: offset) }
    position += count + 1
    let value = Int64(magnitude)
    return control & 0x80 != 0 ? -value : value
  }

  /// A non-negative integer that is used as a count or an index.
  @inline(__always)
  mutating func readCount(max limit: Int) throws(DlibFormatError) -> Int {
    let start = offset
    let value = try readInt()
    guard value >= 0, value <= Int64(limit) else { throw .outOfRange(at: start, value: value) }
    return Int(value)
  }

  /// A `float` as dlib stores it (`float_details`), converted like
  /// `std::ldexp(float(mantissa), exponent)`.
  @inline(__always)
  mutating func readFloat() throws(DlibFormatError) -> Float {
    let mantissa = try readInt()
    let start = offset
    let exponent = try readInt()
    switch exponent {
    case 32000: return .infinity
    case 32001: return -.infinity
    case 32002: return .nan
    case Int64(Int16.min)...Int64(Int16.max):
      return Float(sign: .plus, exponent: Int(exponent), significand: Float(mantissa))
    default: throw .outOfRange(at: start, value: exponent)
    }
  }
}

/// Why a dlib model file could not be read.
public enum DlibFormatError: Error, Equatable, CustomStringConvertible {
  case truncated(at: Int)
  case badInteger(at: Int)
  case outOfRange(at: Int, value: Int64)
  case unsupported(String)
  case trailingBytes(count: Int)

  public var description: String {
    switch self {
    case .truncated(let at): "dlib model is truncated: a value starting at byte \(at) runs past the end of the file"
    case .badInteger(let at): "dlib model has a malformed integer at byte \(at) (not dlib's binary serialization?)"
    case .outOfRange(let at, let value): "dlib model has an implausible value \(value) at byte \(at)"
    case .unsupported(let what): "dlib model is not a supported shape predictor: \(what)"
    case .trailingBytes(let count): "dlib model has \(count) unexpected bytes after the shape predictor"
    }
  }
}
