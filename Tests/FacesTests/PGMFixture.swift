import Foundation
import SeamScanImaging

/// Reads the binary grey PGM (`P5`, maxval 255) fixtures that the oracle
/// scripts write, so tests need no image decoder.
enum PGMFixture {
  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  static func read(_ url: URL) throws -> GrayImage {
    let bytes = [UInt8](try Data(contentsOf: url))
    var header: [String] = []
    var index = 0
    while header.count < 4 {
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        continue
      }
      let start = index
      while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
      guard index > start else { throw FormatError(description: "\(url.lastPathComponent): truncated header") }
      header.append(String(decoding: bytes[start..<index], as: UTF8.self))
    }
    index += 1  // exactly one whitespace byte separates the header from the pixels
    guard header[0] == "P5", let width = Int(header[1]), let height = Int(header[2]), header[3] == "255",
      bytes.count - index == width * height
    else { throw FormatError(description: "\(url.lastPathComponent): not an 8-bit binary PGM") }
    return GrayImage(width: width, height: height, pixels: Array(bytes[index...]))
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
