import Foundation
import SeamScanImaging
import SeamScanMedia
import SeamScanTestSupport
import Testing

/// FFmpeg's MJPEG encoder, as the report uses it for whole frames and thumbnails: the planes go
/// in as full-range Y'CbCr and come back through the decoder as they went in, within JPEG's loss.
@Suite final class JPEGEncoderTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("jpeg")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// A smooth gradient with a saturated patch, 96 × 64.
  static let planes: FramePlanes = {
    let width = 96
    let height = 64
    func plane(_ value: (Int, Int) -> Int) -> GrayImage {
      GrayImage(
        width: width, height: height,
        pixels: (0..<(width * height)).map { UInt8(clamping: value($0 % width, $0 / width)) })
    }
    let patch = { (x: Int, y: Int) in x >= 48 && y >= 32 }
    return FramePlanes(
      luma: plane { x, y in 30 + 2 * x + y },
      cb: plane { x, y in patch(x, y) ? 200 : 128 },
      cr: plane { x, y in patch(x, y) ? 60 : 128 })
  }()

  private func roundTrip(quality: Int) throws -> (size: Int, error: Double) {
    let data = try JPEGEncoder.encode(Self.planes, quality: quality)
    #expect(data.prefix(2) == Data([0xFF, 0xD8]), "a JPEG starts with SOI")
    let url = folder.appendingPathComponent("q\(quality).jpg")
    try data.write(to: url)
    let decoded = try #require(
      try MediaReader(path: url.path, options: DecodeOptions(maxSide: 0)).nextFrame()?.planes())
    #expect(decoded.width == Self.planes.width && decoded.height == Self.planes.height)
    var total = 0
    for (a, b) in [(decoded.luma, Self.planes.luma), (decoded.cb, Self.planes.cb), (decoded.cr, Self.planes.cr)] {
      total += zip(a.pixels, b.pixels).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
    }
    return (data.count, Double(total) / Double(3 * Self.planes.luma.pixels.count))
  }

  @Test func decodesBackToThePlanesItWasGiven() throws {
    let best = try roundTrip(quality: 2)
    let worst = try roundTrip(quality: 31)
    #expect(best.error < 2, "mean absolute error \(best.error) at q 2")
    #expect(worst.error > best.error && worst.size < best.size)
  }
}
