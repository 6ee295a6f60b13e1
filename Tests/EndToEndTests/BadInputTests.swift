import Foundation
import SeamScanTestSupport
import Testing

/// Every awkward input an analyst may hand over: none may crash the tool,
/// each gets valid records, and failures get an error record and exit 1.
///
/// Each test gets a fresh instance, so a folder of its own, removed when it ends.
@Suite final class BadInputTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("bad-input")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

  private func expectFailure(_ run: SeamScanBinary.Run, code: String, sourceLocation: SourceLocation = #_sourceLocation)
  {
    #expect(run.status == 1, "exit status", sourceLocation: sourceLocation)
    let errors = run.records(ofType: "error")
    #expect(errors.count == 1, "one error record", sourceLocation: sourceLocation)
    #expect(errors.first?["error"] as? String == code, sourceLocation: sourceLocation)
    let message = errors.first?["message"] as? String ?? ""
    #expect(!message.isEmpty, "an error message", sourceLocation: sourceLocation)
  }

  /// Analyses `url`, expects success, and returns the run.
  private func expectAnalysed(
    _ url: URL, frames expected: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation
  )
    throws -> SeamScanBinary.Run
  {
    let run = try SeamScanBinary.run(["scan", "--quiet", url.path])
    #expect(run.status == 0, "\(run.standardError)", sourceLocation: sourceLocation)
    #expect(run.records.first?["type"] as? String == "video", sourceLocation: sourceLocation)
    #expect(run.records.last?["type"] as? String == "summary", sourceLocation: sourceLocation)
    #expect(run.records(ofType: "error").isEmpty, sourceLocation: sourceLocation)
    let frames = run.records(ofType: "frame")
    #expect(
      try frames.count == (expected ?? GeneratedMedia.probedFrameCount(url)), "frame records",
      sourceLocation: sourceLocation)
    #expect(
      frames.map { $0["frame"] as? Int } == (0..<frames.count).map { Optional($0) }, "frames in order",
      sourceLocation: sourceLocation)
    return run
  }

  @Test("A missing path fails with a `missing` error record")
  func missingPath() throws {
    expectFailure(try SeamScanBinary.run(["scan", file("no-such-file.mp4").path]), code: "missing")
  }

  @Test("An empty file fails with an `empty` error record")
  func emptyFile() throws {
    try Data().write(to: file("empty.mp4"))
    expectFailure(try SeamScanBinary.run(["scan", file("empty.mp4").path]), code: "empty")
  }

  @Test("A text file named .mp4 fails as not media, with its hash recorded")
  func textFileNamedMP4() throws {
    try Data("This is a note, not a video.\n".utf8).write(to: file("note.mp4"))
    let run = try SeamScanBinary.run(["scan", file("note.mp4").path])
    expectFailure(run, code: "not_media")
    #expect(run.records(ofType: "error").first?["sha256"] as? String != nil, "hash recorded even for a bad file")
  }

  @Test func mp4CutInHalfKeepsTheFramesBeforeTheCut() throws {
    let whole = try GeneratedMedia.testPattern(
      seconds: 2, codecArguments: ["-c:v", "libx264", "-preset", "ultrafast", "-movflags", "+faststart"],
      output: file("whole.mp4"))
    let data = try Data(contentsOf: whole)
    try data.prefix(data.count / 2).write(to: file("cut.mp4"))
    let run = try SeamScanBinary.run(["scan", file("cut.mp4").path])
    #expect(run.status == 1)
    let frames = run.records(ofType: "frame").count
    #expect(frames > 0, "frames before the cut are kept")
    #expect(frames < 50, "the cut is noticed")
    #expect(run.records(ofType: "error").count == 1)
    #expect(run.records.last?["type"] as? String == "summary", "partial results stay a complete record set")
    #expect(run.records.last?["truncated"] as? Bool == true)
  }

  @Test("An MP4 cut before its index (moov at the end) fails as truncated, not as 'not media'")
  func mp4CutBeforeItsIndexIsTruncated() throws {
    let whole = try GeneratedMedia.testPattern(seconds: 2, output: file("index-at-end.mp4"))
    let data = try Data(contentsOf: whole)
    try data.prefix(data.count / 2).write(to: file("cut-no-index.mp4"))
    expectFailure(try SeamScanBinary.run(["scan", file("cut-no-index.mp4").path]), code: "truncated")
  }

  @Test("An audio-only file fails with a `no_video_stream` error record")
  func audioOnlyFile() throws {
    try GeneratedMedia.ffmpeg(
      ["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "pcm_s16le"], output: file("tone.wav"))
    expectFailure(try SeamScanBinary.run(["scan", file("tone.wav").path]), code: "no_video_stream")
  }

  @Test func jpegAndPNGAreOneFrameEach() throws {
    for name in ["still.jpg", "still.png"] {
      try GeneratedMedia.ffmpeg(["-f", "lavfi", "-i", "testsrc2=size=320x240", "-frames:v", "1"], output: file(name))
      _ = try expectAnalysed(file(name), frames: 1)
    }
  }

  @Test("An animated GIF is analysed frame by frame")
  func animatedGIF() throws {
    try GeneratedMedia.testPattern(
      size: "160x120", rate: "10", filters: "format=rgb8", codecArguments: ["-c:v", "gif"], output: file("anim.gif"))
    _ = try expectAnalysed(file("anim.gif"))
  }

  @Test("A full-range VP9 WebM is analysed and its colour range recorded")
  func fullRangeVP9WebM() throws {
    try GeneratedMedia.testPattern(
      filters: "scale=out_range=full,format=yuv420p",
      codecArguments: ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-color_range", "pc"],
      output: file("full-range.webm"))
    let run = try expectAnalysed(file("full-range.webm"))
    #expect(run.records.first?["color_range"] as? String == "pc")
  }

  @Test func rotationMetadataTurnsThePicture() throws {
    let plain = try GeneratedMedia.testPattern(size: "320x240", output: file("plain.mp4"))
    try GeneratedMedia.ffmpeg(
      ["-i", plain.path, "-c", "copy", "-metadata:s:v:0", "rotate=90"], output: file("rotated.mp4"))
    let video = try expectAnalysed(file("rotated.mp4")).records[0]
    #expect(video["width"] as? Int == 320)
    #expect(video["display_width"] as? Int == 240, "a quarter turn swaps the displayed sides")
    #expect(video["display_height"] as? Int == 320)
    #expect(abs(video["rotation"] as? Double ?? 0) == 90)
  }

  @Test("An odd frame size is analysed at its own size")
  func oddSize() throws {
    // testsrc2 itself only makes even sizes, so scale to the odd one.
    try GeneratedMedia.testPattern(filters: "scale=638:359,format=yuv444p", output: file("odd.mp4"))
    let video = try expectAnalysed(file("odd.mp4")).records[0]
    #expect(video["width"] as? Int == 638)
    #expect(video["height"] as? Int == 359)
  }

  @Test("Ten-bit video is analysed and its pixel format recorded")
  func tenBitVideo() throws {
    try GeneratedMedia.testPattern(
      filters: "format=yuv420p10le",
      codecArguments: ["-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error"],
      output: file("ten-bit.mkv"))
    let video = try expectAnalysed(file("ten-bit.mkv")).records[0]
    #expect(video["pix_fmt"] as? String == "yuv420p10le")
  }

  @Test("YUV 4:4:4 video is analysed and its pixel format recorded")
  func yuv444() throws {
    try GeneratedMedia.testPattern(filters: "format=yuv444p", output: file("444.mp4"))
    #expect(try expectAnalysed(file("444.mp4")).records[0]["pix_fmt"] as? String == "yuv444p")
  }

  @Test func variableFrameRateKeepsRealTimestamps() throws {
    // Drop frames irregularly and keep the gaps: a variable-rate stream.
    try GeneratedMedia.testPattern(
      seconds: 2, filters: "select='not(mod(n\\,3))+eq(mod(n\\,7)\\,1)',format=yuv420p",
      codecArguments: ["-c:v", "libx264", "-preset", "ultrafast", "-fps_mode", "vfr"], output: file("vfr.mp4"))
    let frames = try expectAnalysed(file("vfr.mp4")).records(ofType: "frame")
    let times = frames.compactMap { $0["pts_time"] as? Double }
    #expect(times.count == frames.count)
    let gaps = Set(zip(times.dropFirst(), times).map { (($0 - $1) * 1000).rounded() })
    #expect(gaps.count > 1, "frame intervals vary")
    #expect(times == times.sorted(), "timestamps increase")
  }

  @Test("A Vietnamese file name with spaces is analysed and recorded as given")
  func vietnameseFileNameWithSpaces() throws {
    let name = "Bằng chứng số 1 – video gốc.mp4"
    try GeneratedMedia.testPattern(output: file(name))
    let run = try expectAnalysed(file(name))
    #expect(run.records[0]["path"] as? String == file(name).path)
  }
}
