import Foundation
import SeamScanImaging
import SeamScanMedia
import SeamScanTestSupport
import Testing

/// The decoder's pixels: range handling, rotation and sizes, checked against
/// values known by construction and against the ffmpeg tool's own output.
///
/// Each test gets a fresh instance, so a folder of its own, removed when it ends.
@Suite final class MediaReaderTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("media")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

  private func firstFrame(_ url: URL, maxSide: Int = 640) throws -> FramePlanes {
    let reader = try MediaReader(path: url.path, options: DecodeOptions(maxSide: maxSide))
    return try #require(reader.nextFrame()?.planes())
  }

  private func meanLuma(_ planes: FramePlanes) -> Double {
    Double(planes.luma.pixels.reduce(0) { $0 + Int($1) }) / Double(planes.luma.pixels.count)
  }

  /// A dark grey of 30 must stay 30 whether the file says limited or full range;
  /// treating full-range data as limited would stretch it to about 16.
  @Test func limitedAndFullRangeGiveTheSameGrey() throws {
    let grey = "color=c=0x1E1E1E:size=128x96:rate=25:duration=0.2"
    let limited = try GeneratedMedia.ffmpeg(
      ["-f", "lavfi", "-i", grey, "-vf", "format=yuv420p", "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0"],
      output: file("limited.mp4"))
    let full = try GeneratedMedia.ffmpeg(
      [
        "-f", "lavfi", "-i", grey, "-vf", "scale=out_range=full,format=yuv420p", "-color_range", "pc",
        "-c:v", "libvpx-vp9", "-lossless", "1",
      ],
      output: file("full.webm"))
    #expect(abs(meanLuma(try firstFrame(limited)) - 30) <= 1.5)
    #expect(abs(meanLuma(try firstFrame(full)) - 30) <= 1.5)
  }

  /// Rotated clips must come out exactly as the ffmpeg tool shows them.
  @Test func rotationMatchesFFmpegAutorotate() throws {
    let plain = try GeneratedMedia.testPattern(size: "160x96", filters: "format=yuv420p", output: file("plain.mp4"))
    for angle in [90, 180, 270] {
      let rotated = try GeneratedMedia.ffmpeg(
        ["-i", plain.path, "-c", "copy", "-metadata:s:v:0", "rotate=\(angle)"], output: file("rot\(angle).mp4"))
      let reference = try GeneratedMedia.ffmpeg(
        ["-i", rotated.path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "gray"], output: file("rot\(angle).gray"))
      let expected = [UInt8](try Data(contentsOf: reference))
      let planes = try firstFrame(rotated, maxSide: 0)
      #expect(planes.luma.width * planes.luma.height == expected.count, "angle \(angle)")
      #expect(planes.luma.width == (angle == 180 ? 160 : 96), "angle \(angle)")
      let difference = zip(planes.luma.pixels, expected).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
      #expect(Double(difference) / Double(expected.count) < 3, "angle \(angle): same picture, same way up")
    }
  }

  @Test func analysisSizeCapsTheLongestSide() throws {
    let clip = try GeneratedMedia.testPattern(size: "1280x720", seconds: 0.2, output: file("hd.mp4"))
    let planes = try firstFrame(clip, maxSide: 640)
    #expect(planes.width == 640)
    #expect(planes.height == 360)
    #expect(planes.cb.width == 640, "chroma at the luma's resolution")
  }

  @Test func missingAndEmptyFilesThrowClearErrors() throws {
    if let error = #expect(
      throws: (any Error).self, performing: { try MediaReader(path: self.file("nothing.mp4").path) })
    {
      #expect((error as? MediaError)?.description == "file not found")
    }
    try Data().write(to: file("empty.mkv"))
    if let error = #expect(throws: (any Error).self, performing: { try MediaReader(path: self.file("empty.mkv").path) })
    {
      #expect((error as? MediaError)?.description == "file is empty")
    }
  }

  @Test func probeUsesContentNotExtension() throws {
    try Data("plain text".utf8).write(to: file("text.mp4"))
    let made = try GeneratedMedia.testPattern(seconds: 0.2, output: file("made.mp4"))
    let video = file("video-without-extension")
    try FileManager.default.moveItem(at: made, to: video)
    #expect(!MediaProbe.looksLikeMedia(path: file("text.mp4").path))
    #expect(MediaProbe.looksLikeMedia(path: video.path))
  }
}
