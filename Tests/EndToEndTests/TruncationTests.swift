import Foundation
import SeamScanTestSupport
import Testing

/// Known answers: a 2-second clip in every container SeamScan reads, complete and cut at 50 %
/// and 90 % of its bytes. A complete file passes; a cut one keeps the frames before the cut,
/// gets a `truncated` error and `"truncated": true` (or, when nothing is left to read, a lone
/// `truncated` error), and exits 1. Issue 8, defect 2.
///
/// MPEG-TS is cut where an interrupted copy ends, at a multiple of 4096 bytes, which is never
/// a multiple of TS's 188-byte packets here. A TS file cut exactly on a packet boundary cannot
/// be told from a shorter complete stream (no index, no length, no end marker): a documented limit.
@Suite final class TruncationTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("truncation")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// A file name (its extension picks the container) and the encoder that fills it.
  struct Container: Sendable, CustomStringConvertible {
    var name: String
    var codec: [String]
    var description: String { name }
  }

  static let containers = [
    Container(name: "clip.mkv", codec: ["-c:v", "libx264", "-preset", "ultrafast"]),
    Container(name: "clip.webm", codec: ["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"]),
    Container(
      name: "clip-faststart.mp4", codec: ["-c:v", "libx264", "-preset", "ultrafast", "-movflags", "+faststart"]),
    Container(name: "clip-index-at-end.mp4", codec: ["-c:v", "libx264", "-preset", "ultrafast"]),
    Container(name: "clip.mov", codec: ["-c:v", "libx264", "-preset", "ultrafast"]),
    Container(name: "clip.avi", codec: ["-c:v", "mpeg4"]),
    Container(name: "clip.ts", codec: ["-c:v", "libx264", "-preset", "ultrafast"]),
    Container(name: "clip.flv", codec: ["-c:v", "flv1"]),
  ]

  private func make(_ name: String, codec: [String]) throws -> URL {
    try GeneratedMedia.testPattern(seconds: 2, codecArguments: codec, output: folder.appendingPathComponent(name))
  }

  /// The first `fraction` of the file's bytes; for TS, rounded down to 4096 bytes.
  private func cut(_ url: URL, at fraction: Double) throws -> URL {
    let data = try Data(contentsOf: url)
    var length = Int(Double(data.count) * fraction)
    if url.pathExtension == "ts" {
      length = length / 4096 * 4096
      #expect(length % 188 != 0, "the TS cut must fall inside a packet")
    }
    let output = folder.appendingPathComponent("cut\(Int(fraction * 100))-\(url.lastPathComponent)")
    try data.prefix(length).write(to: output)
    return output
  }

  @Test("A complete file in every container is not called truncated", arguments: containers)
  func completeFileIsComplete(_ container: Container) throws {
    let clip = try make(container.name, codec: container.codec)
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", clip.path])
    #expect(run.status == 0, "\(run.lines.last ?? "")")
    #expect(run.records(ofType: "error").isEmpty)
    #expect(run.records.last?["truncated"] as? Bool == false)
    #expect(run.records(ofType: "frame").count == 50)
  }

  @Test("A file cut at 50 % and at 90 % is found truncated in every container", arguments: containers)
  func cutFileIsTruncated(_ container: Container) throws {
    let clip = try make(container.name, codec: container.codec)
    for fraction in [0.5, 0.9] {
      let cut = try cut(clip, at: fraction)
      let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", cut.path])
      let label = "\(container.name) cut at \(Int(fraction * 100)) %"
      #expect(run.status == 1, "\(label): exit status")
      let errors = run.records(ofType: "error")
      #expect(errors.count == 1, "\(label): one error record")
      #expect(errors.first?["error"] as? String == "truncated", "\(label): \(errors.first?["message"] ?? "no error")")
      let frames = run.records(ofType: "frame").count
      #expect(frames < 50, "\(label): the frames after the cut are not there")
      if frames > 0 {
        // Frames before the cut stay valid, in a complete block that ends with its summary.
        #expect(run.records.first?["type"] as? String == "video", "\(label)")
        #expect(run.records.last?["type"] as? String == "summary", "\(label)")
        #expect(run.records.last?["truncated"] as? Bool == true, "\(label)")
        #expect(run.records.last?["frames_decoded"] as? Int == frames, "\(label)")
      } else {
        // MP4 and MOV with their index at the end lose it with the cut: one error record says why.
        #expect(run.records.count == 1, "\(label): a lone error record")
        #expect(container.name.hasSuffix("index-at-end.mp4") || container.name.hasSuffix(".mov"), "\(label)")
      }
    }
  }

  @Test("Triage of the start of a cut file still says the file is truncated")
  func triageOfACutFile() throws {
    let clip = try make("triage.mkv", codec: ["-c:v", "libx264", "-preset", "ultrafast"])
    let cut = try cut(clip, at: 0.5)
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--max-frames", "5", cut.path])
    #expect(run.status == 1)
    #expect(run.records(ofType: "frame").count == 5)
    #expect(run.records(ofType: "error").first?["error"] as? String == "truncated")
  }
}
