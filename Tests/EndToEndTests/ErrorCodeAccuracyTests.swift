import Foundation
import SeamScanTestSupport
import Testing

/// Each failure gets the code and words that say what really went wrong, never a guess such as
/// "truncated or corrupt". Issue 15, N13.
@Suite final class ErrorCodeAccuracyTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("error-codes")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

  /// A lone error record with `code` (no video record, no summary and so no verdict), exit 1.
  private func expectLoneError(
    _ run: SeamScanBinary.Run, code: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(run.status == 1, "\(run.standardError)", sourceLocation: sourceLocation)
    #expect(run.records.count == 1, "\(run.lines)", sourceLocation: sourceLocation)
    #expect(run.records.first?["error"] as? String == code, "\(run.lines)", sourceLocation: sourceLocation)
  }

  @Test("A text file named .png is not media, with no verdict")
  func textFileNamedPNG() throws {
    try Data("This is a note, not a picture.\n".utf8).write(to: file("x.png"))
    expectLoneError(try SeamScanBinary.run(["scan", "--quiet", file("x.png").path]), code: "not_media")
  }

  @Test("An animated WebP, which FFmpeg 5.1 cannot decode, is an unsupported codec, with no verdict")
  func animatedWebP() throws {
    let webp = try GeneratedMedia.ffmpeg(
      ["-f", "lavfi", "-i", "testsrc2=size=64x48:rate=5:duration=1", "-c:v", "libwebp_anim", "-loop", "0"],
      output: file("anim.webp"))
    let run = try SeamScanBinary.run(["scan", "--quiet", webp.path])
    expectLoneError(run, code: "unsupported_codec")
    let message = run.records.first?["message"] as? String ?? ""
    #expect(message.contains("webp"), "\(message)")
  }

  @Test("faces --frame past the last frame says so")
  func facesFramePastTheEnd() throws {
    let clip = try GeneratedMedia.testPattern(output: file("clip.mp4"))
    let run = try SeamScanBinary.run(["faces", clip.path, "--frame", "99999999999"])
    expectLoneError(run, code: "empty_range")
    let message = run.records.first?["message"] as? String ?? ""
    #expect(message.contains("past the last frame") && message.contains("25 frames"), "\(message)")
  }

  @Test("synth --seed takes a negative number: the seed of its two's complement, as the record writes it")
  func negativeSeed() throws {
    var bytes: [Data] = []
    for seed in ["-1", "18446744073709551615"] {
      let output = file("fake\(seed).mp4")
      let run = try SeamScanBinary.run(
        ["synth", SampleMedia.pan.path, "--output", output.path, "--seed", seed, "--max-frames", "3"])
      #expect(run.status == 0, "\(run.standardError)")
      #expect(run.records.first?["seed"] as? Int == -1, "\(run.lines)")
      bytes.append(try Data(contentsOf: output))
    }
    #expect(bytes.count == 2 && bytes[0] == bytes[1], "one seed, one fake")
    let refused = try SeamScanBinary.run(["synth", SampleMedia.pan.path, "--output", file("x.mp4").path, "--seed", "x"])
    #expect(refused.status == 2)
    #expect(refused.standardError.contains("--seed"), "\(refused.standardError)")
  }

  @Test("An unknown command is a usage error, not a file to scan")
  func unknownCommand() throws {
    let clip = try GeneratedMedia.testPattern(output: file("clip.mp4"))
    let run = try SeamScanBinary.run(["frobnicate", "clip.mp4"], in: folder)
    #expect(run.status == 2, "\(run.lines)")
    #expect(run.records.isEmpty)
    #expect(run.standardError.contains("unknown command 'frobnicate'"), "\(run.standardError)")

    // A file of that name, a name with an extension or a path is still scanned.
    try FileManager.default.copyItem(at: clip, to: file("frobnicate"))
    for argument in ["frobnicate", "clip.mp4", "./missing", "missing.mp4"] {
      let scanned = try SeamScanBinary.run([argument, "--quiet", "--no-faces"], in: folder)
      #expect(!scanned.records.isEmpty, "\(argument) is scanned: \(scanned.standardError)")
    }
  }
}
