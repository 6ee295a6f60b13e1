import Foundation
import SeamScanTestSupport
import XCTest

/// Every awkward input an analyst may hand over: none may crash the tool,
/// each gets valid records, and failures get an error record and exit 1.
final class BadInputTests: XCTestCase {
  nonisolated(unsafe) static var folder: URL!

  override class func setUp() {
    super.setUp()
    folder = try! GeneratedMedia.makeFolder("bad-input")
  }

  override class func tearDown() {
    try? FileManager.default.removeItem(at: folder)
    super.tearDown()
  }

  private func file(_ name: String) -> URL { Self.folder.appendingPathComponent(name) }

  private func assertFailure(_ run: SeamScanBinary.Run, code: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(run.status, 1, "exit status", file: file, line: line)
    let errors = run.records(ofType: "error")
    XCTAssertEqual(errors.count, 1, "one error record", file: file, line: line)
    XCTAssertEqual(errors.first?["error"] as? String, code, file: file, line: line)
    XCTAssertFalse((errors.first?["message"] as? String ?? "").isEmpty, file: file, line: line)
  }

  /// Analyses `url`, expects success, and returns the run.
  private func assertAnalysed(_ url: URL, frames expected: Int? = nil, file: StaticString = #filePath, line: UInt = #line)
    throws -> SeamScanBinary.Run
  {
    let run = try SeamScanBinary.run(["scan", "--quiet", url.path])
    XCTAssertEqual(run.status, 0, run.standardError, file: file, line: line)
    XCTAssertEqual(run.records.first?["type"] as? String, "video", file: file, line: line)
    XCTAssertEqual(run.records.last?["type"] as? String, "summary", file: file, line: line)
    XCTAssertTrue(run.records(ofType: "error").isEmpty, file: file, line: line)
    let frames = run.records(ofType: "frame")
    XCTAssertEqual(frames.count, try expected ?? GeneratedMedia.probedFrameCount(url), "frame records", file: file, line: line)
    XCTAssertEqual(frames.map { $0["frame"] as? Int }, Array(0..<frames.count), "frames in order", file: file, line: line)
    return run
  }

  func testMissingPath() throws {
    assertFailure(try SeamScanBinary.run(["scan", file("no-such-file.mp4").path]), code: "missing")
  }

  func testEmptyFile() throws {
    FileManager.default.createFile(atPath: file("empty.mp4").path, contents: Data())
    assertFailure(try SeamScanBinary.run(["scan", file("empty.mp4").path]), code: "empty")
  }

  func testTextFileNamedMP4() throws {
    try Data("This is a note, not a video.\n".utf8).write(to: file("note.mp4"))
    let run = try SeamScanBinary.run(["scan", file("note.mp4").path])
    assertFailure(run, code: "not_media")
    XCTAssertNotNil(run.records(ofType: "error").first?["sha256"] as? String, "hash recorded even for a bad file")
  }

  func testMP4CutInHalfKeepsTheFramesBeforeTheCut() throws {
    let whole = try GeneratedMedia.testPattern(
      seconds: 2, codecArguments: ["-c:v", "libx264", "-preset", "ultrafast", "-movflags", "+faststart"],
      output: file("whole.mp4"))
    let data = try Data(contentsOf: whole)
    try data.prefix(data.count / 2).write(to: file("cut.mp4"))
    let run = try SeamScanBinary.run(["scan", file("cut.mp4").path])
    XCTAssertEqual(run.status, 1)
    let frames = run.records(ofType: "frame").count
    XCTAssertGreaterThan(frames, 0, "frames before the cut are kept")
    XCTAssertLessThan(frames, 50, "the cut is noticed")
    XCTAssertEqual(run.records(ofType: "error").count, 1)
    XCTAssertEqual(run.records.last?["type"] as? String, "summary", "partial results stay a complete record set")
    XCTAssertEqual(run.records.last?["truncated"] as? Bool, true)
  }

  func testMP4CutBeforeItsIndexIsAnError() throws {
    let whole = try GeneratedMedia.testPattern(seconds: 2, output: file("index-at-end.mp4"))
    let data = try Data(contentsOf: whole)
    try data.prefix(data.count / 2).write(to: file("cut-no-index.mp4"))
    assertFailure(try SeamScanBinary.run(["scan", file("cut-no-index.mp4").path]), code: "not_media")
  }

  func testAudioOnlyFile() throws {
    try GeneratedMedia.ffmpeg(
      ["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "pcm_s16le"], output: file("tone.wav"))
    assertFailure(try SeamScanBinary.run(["scan", file("tone.wav").path]), code: "no_video_stream")
  }

  func testJPEGAndPNGAreOneFrameEach() throws {
    for name in ["still.jpg", "still.png"] {
      try GeneratedMedia.ffmpeg(["-f", "lavfi", "-i", "testsrc2=size=320x240", "-frames:v", "1"], output: file(name))
      _ = try assertAnalysed(file(name), frames: 1)
    }
  }

  func testAnimatedGIF() throws {
    try GeneratedMedia.testPattern(
      size: "160x120", rate: "10", filters: "format=rgb8", codecArguments: ["-c:v", "gif"], output: file("anim.gif"))
    _ = try assertAnalysed(file("anim.gif"))
  }

  func testFullRangeVP9WebM() throws {
    try GeneratedMedia.testPattern(
      filters: "scale=out_range=full,format=yuv420p",
      codecArguments: ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-color_range", "pc"],
      output: file("full-range.webm"))
    let run = try assertAnalysed(file("full-range.webm"))
    XCTAssertEqual(run.records.first?["color_range"] as? String, "pc")
  }

  func testRotationMetadataTurnsThePicture() throws {
    let plain = try GeneratedMedia.testPattern(size: "320x240", output: file("plain.mp4"))
    try GeneratedMedia.ffmpeg(["-i", plain.path, "-c", "copy", "-metadata:s:v:0", "rotate=90"], output: file("rotated.mp4"))
    let video = try assertAnalysed(file("rotated.mp4")).records[0]
    XCTAssertEqual(video["width"] as? Int, 320)
    XCTAssertEqual(video["display_width"] as? Int, 240, "a quarter turn swaps the displayed sides")
    XCTAssertEqual(video["display_height"] as? Int, 320)
    XCTAssertEqual(abs(video["rotation"] as? Double ?? 0), 90)
  }

  func testOddSize() throws {
    // testsrc2 itself only makes even sizes, so scale to the odd one.
    try GeneratedMedia.testPattern(filters: "scale=638:359,format=yuv444p", output: file("odd.mp4"))
    let video = try assertAnalysed(file("odd.mp4")).records[0]
    XCTAssertEqual(video["width"] as? Int, 638)
    XCTAssertEqual(video["height"] as? Int, 359)
  }

  func testTenBitVideo() throws {
    try GeneratedMedia.testPattern(
      filters: "format=yuv420p10le", codecArguments: ["-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error"],
      output: file("ten-bit.mkv"))
    let video = try assertAnalysed(file("ten-bit.mkv")).records[0]
    XCTAssertEqual(video["pix_fmt"] as? String, "yuv420p10le")
  }

  func testYUV444() throws {
    try GeneratedMedia.testPattern(filters: "format=yuv444p", output: file("444.mp4"))
    XCTAssertEqual(try assertAnalysed(file("444.mp4")).records[0]["pix_fmt"] as? String, "yuv444p")
  }

  func testVariableFrameRateKeepsRealTimestamps() throws {
    // Drop frames irregularly and keep the gaps: a variable-rate stream.
    try GeneratedMedia.testPattern(
      seconds: 2, filters: "select='not(mod(n\\,3))+eq(mod(n\\,7)\\,1)',format=yuv420p",
      codecArguments: ["-c:v", "libx264", "-preset", "ultrafast", "-fps_mode", "vfr"], output: file("vfr.mp4"))
    let frames = try assertAnalysed(file("vfr.mp4")).records(ofType: "frame")
    let times = frames.compactMap { $0["pts_time"] as? Double }
    XCTAssertEqual(times.count, frames.count)
    let gaps = Set(zip(times.dropFirst(), times).map { (($0 - $1) * 1000).rounded() })
    XCTAssertGreaterThan(gaps.count, 1, "frame intervals vary")
    XCTAssertEqual(times, times.sorted(), "timestamps increase")
  }

  func testVietnameseFileNameWithSpaces() throws {
    let name = "Bằng chứng số 1 – video gốc.mp4"
    try GeneratedMedia.testPattern(output: file(name))
    let run = try assertAnalysed(file(name))
    XCTAssertEqual(run.records[0]["path"] as? String, file(name).path)
  }
}
