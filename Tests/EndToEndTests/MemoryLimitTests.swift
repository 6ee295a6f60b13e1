import Foundation
import SeamScanTestSupport
import Testing

/// Pictures larger than `--max-pixels` allows are refused with a clear error, before their
/// memory is allocated (peak memory itself is measured by `Scripts/bench-decode`, not here).
/// Issue 8, defect 10.
@Suite final class MemoryLimitTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("memory-limit")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

  /// A PNG whose header declares `width × height` RGB pixels and whose data is a single row:
  /// decoding it would allocate the whole picture (16000² RGB: 768 MB) before failing.
  private func hugePNG(width: UInt32, height: UInt32) throws -> URL {
    func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
      let length = withUnsafeBytes(of: UInt32(body.count).bigEndian, Array.init)
      let typed = Array(type.utf8) + body
      var crc: UInt32 = 0xFFFF_FFFF
      for byte in typed {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
      }
      return length + typed + withUnsafeBytes(of: (crc ^ 0xFFFF_FFFF).bigEndian, Array.init)
    }
    let header =
      withUnsafeBytes(of: width.bigEndian, Array.init) + withUnsafeBytes(of: height.bigEndian, Array.init)
      + [8, 2, 0, 0, 0]
    let png =
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header)
      + chunk("IDAT", [0x78, 0x01, 0x01, 0x01, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x01]) + chunk("IEND", [])
    let url = file("huge-\(width)x\(height).png")
    try Data(png).write(to: url)
    return url
  }

  @Test("A 16000×16000 PNG is refused at the default limit, with its size in the message")
  func hugeStillIsRefused() throws {
    let png = try hugePNG(width: 16000, height: 16000)
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", png.path])
    #expect(run.status == 1)
    #expect(run.records.count == 1, "a lone error record, no video record")
    let error = try #require(run.records.first)
    #expect(error["error"] as? String == "too_large")
    #expect(error["sha256"] as? String != nil, "the file was hashed")
    let message = error["message"] as? String ?? ""
    #expect(message.contains("16000×16000"), "\(message)")
    #expect(message.contains("--max-pixels"), "\(message)")
  }

  @Test("--max-pixels sets the limit, for stills and for videos; RGB pictures count three bytes a pixel")
  func limitIsAnOption() throws {
    let still = try GeneratedMedia.ffmpeg(
      ["-f", "lavfi", "-i", "testsrc2=size=320x240", "-frames:v", "1"], output: file("still.png"))
    let clip = try GeneratedMedia.testPattern(output: file("clip.mp4"))
    // 320×240 = 76,800 pixels: 115,200 bytes in 4:2:0 (the clip), 230,400 in RGB (the PNG).
    for (input, fits) in [(still, 153_600), (clip, 76_800)] {
      let refused = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--max-pixels", "50000", input.path])
      #expect(refused.status == 1, "\(input.lastPathComponent)")
      #expect(refused.records.first?["error"] as? String == "too_large", "\(input.lastPathComponent)")
      #expect((refused.records.first?["message"] as? String)?.contains("320×240") == true, "\(input.lastPathComponent)")
      let allowed = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--max-pixels", "\(fits)", input.path])
      #expect(allowed.status == 0, "\(input.lastPathComponent): exactly at the limit")
    }
    let rgb = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--max-pixels", "76800", still.path])
    #expect(rgb.records.first?["error"] as? String == "too_large")
    #expect((rgb.records.first?["message"] as? String)?.contains("0.2 MB decoded as rgb24") == true, "\(rgb.lines)")
  }

  @Test("A stream whose pictures grow past the limit keeps the frames before, then reports too_large")
  func picturesGrowingMidStream() throws {
    let small = try GeneratedMedia.testPattern(
      size: "320x240", codecArguments: ["-c:v", "libx264", "-preset", "ultrafast", "-f", "mpegts"],
      output: file("small.ts"))
    let large = try GeneratedMedia.testPattern(
      size: "1280x720", codecArguments: ["-c:v", "libx264", "-preset", "ultrafast", "-f", "mpegts"],
      output: file("large.ts"))
    let joined = file("growing.ts")
    try (try Data(contentsOf: small) + Data(contentsOf: large)).write(to: joined)
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--max-pixels", "100000", joined.path])
    #expect(run.status == 1)
    let frames = run.records(ofType: "frame").count
    #expect(frames >= 20 && frames <= 25, "the small pictures are analysed: \(frames)")
    #expect(run.records(ofType: "error").first?["error"] as? String == "too_large", "\(run.lines.suffix(2))")
    #expect(run.records.last?["type"] as? String == "summary")
  }
}
