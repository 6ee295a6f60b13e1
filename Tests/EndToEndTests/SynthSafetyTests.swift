import Foundation
import SeamScanTestSupport
import Testing

/// `synth` never destroys its input or another file unless told to with `--force`, and never
/// passes off a clip it could not manipulate as a known fake. Issue 8, defect 5.
@Suite final class SynthSafetyTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("synth-safety")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

  private func sha256(_ url: URL) throws -> String {
    String(try Command.run("/usr/bin/sha256sum", [url.path]).standardOutput.prefix(64))
  }

  private func expectRefusal(
    _ run: SeamScanBinary.Run, code: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(run.status == 1, sourceLocation: sourceLocation)
    #expect(run.records.count == 1, sourceLocation: sourceLocation)
    #expect(run.records.first?["type"] as? String == "error", sourceLocation: sourceLocation)
    #expect(run.records.first?["error"] as? String == code, "\(run.lines)", sourceLocation: sourceLocation)
  }

  @Test("synth refuses to write over its input, under any name, unless --force is given")
  func refusesToOverwriteTheInput() throws {
    let clip = file("clip.mp4")
    try FileManager.default.copyItem(at: SampleMedia.pan, to: clip)
    let before = try sha256(clip)
    try FileManager.default.linkItem(at: clip, to: file("hard-link.mp4"))
    for output in ["clip.mp4", "./clip.mp4", "hard-link.mp4"] {
      let run = try SeamScanBinary.run(["synth", "clip.mp4", "--output", output, "--max-frames", "3"], in: folder)
      expectRefusal(run, code: "output_exists")
      #expect((run.records.first?["message"] as? String)?.contains("is the input itself") == true, "\(output)")
      #expect(try sha256(clip) == before, "the input is untouched after --output \(output)")
    }
  }

  @Test("synth refuses to write over an existing file unless --force is given")
  func refusesToOverwriteAFile() throws {
    let other = file("other.mp4")
    try Data("an analyst's file".utf8).write(to: other)
    let refused = try SeamScanBinary.run(
      ["synth", SampleMedia.pan.path, "--output", other.path, "--max-frames", "3"])
    expectRefusal(refused, code: "output_exists")
    #expect(try String(contentsOf: other, encoding: .utf8) == "an analyst's file")

    let forced = try SeamScanBinary.run(
      ["synth", SampleMedia.pan.path, "--output", other.path, "--max-frames", "3", "--force"])
    #expect(forced.status == 0)
    #expect(forced.records.first?["type"] as? String == "synth")
    #expect(try GeneratedMedia.probedFrameCount(other) == 3, "--force replaced it with the fake")
  }

  @Test("synth on a clip with no face fails with not_blended and writes nothing")
  func clipWithoutAFaceFails() throws {
    let noFace = try GeneratedMedia.testPattern(output: file("no-face.mp4"))
    let output = file("fake.mp4")
    let run = try SeamScanBinary.run(["synth", noFace.path, "--output", output.path])
    expectRefusal(run, code: "not_blended")
    #expect(!FileManager.default.fileExists(atPath: output.path), "no output that could pass as a known fake")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["no-face.mp4"])
  }

  @Test("synth fails when fewer frames than --min-blended had a face")
  func fewerBlendedFramesThanAskedFor() throws {
    // The pan followed by a second of test pattern: the face is in the first frames only.
    let clip = try GeneratedMedia.ffmpeg(
      [
        "-i", SampleMedia.pan.path, "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=1",
        "-filter_complex", "[0:v]trim=end_frame=10,setpts=PTS-STARTPTS[a];[a][1:v]concat=n=2:v=1[v]", "-map", "[v]",
        "-c:v", "libx264", "-preset", "ultrafast",
      ], output: file("partly-face.mp4"))
    let output = file("fake.mp4")
    let strict = try SeamScanBinary.run(["synth", clip.path, "--output", output.path, "--min-blended", "30"])
    expectRefusal(strict, code: "not_blended")
    #expect(!FileManager.default.fileExists(atPath: output.path))
    let lenient = try SeamScanBinary.run(["synth", clip.path, "--output", output.path, "--min-blended", "5"])
    #expect(lenient.status == 0, "\(lenient.lines)")
    let blended = lenient.records.first?["frames_blended"] as? Int ?? 0
    #expect(blended >= 5 && blended < 35, "\(blended) of 35 frames blended")
  }
}
