import Foundation
import SeamScanTestSupport
import Testing

/// Every file found is accounted for: names that are not UTF-8 keep their bytes, special files
/// never block and get a record, damaged evidence is an error, other files are skipped with a
/// reason, and `summary.csv` lists every input. Issue 8, defects 3, 4 and 8.
@Suite final class FileAccountingTests {
  private let folder: URL
  private let still = SampleMedia.folder.appendingPathComponent("astronaut.jpg")

  init() throws {
    folder = try GeneratedMedia.makeFolder("accounting")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func subfolder(_ name: String) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private static func records(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  /// Rows of a summary.csv by path.
  private static func summaryRows(_ url: URL) throws -> [String: [String: String]] {
    Dictionary(try SummaryCSV.rows(url).map { ($0["path"] ?? "", $0) }, uniquingKeysWith: { first, _ in first })
  }

  @Test("A name that is not UTF-8 is analysed in a folder walk, shown escaped, its bytes kept in path_hex")
  func latin1NameInAFolder() throws {
    let evidence = try subfolder("evidence")
    try FileManager.default.copyItem(at: still, to: evidence.appendingPathComponent("ok.jpg"))
    try SpecialFiles.copyToLatin1Name(still, folder: evidence, prefix: "caf", suffix: ".jpg")
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", evidence.path])
    #expect(run.status == 0)
    let videos = run.records(ofType: "video")
    #expect(videos.count == 2, "both files analysed")
    let latin1 = try #require(videos.first { ($0["path"] as? String)?.contains("caf") == true })
    #expect(latin1["path"] as? String == evidence.path + "/caf\\xE9.jpg")
    #expect(latin1["path_hex"] as? String == SpecialFiles.latin1Hex(folder: evidence, prefix: "caf", suffix: ".jpg"))
    #expect(videos.first { $0["path"] as? String == evidence.path + "/ok.jpg" }?["path_hex"] == nil, "only when needed")
    let summary = try #require(
      run.records(ofType: "summary").first { ($0["path"] as? String)?.contains("caf") == true })
    #expect(summary["path_hex"] as? String == latin1["path_hex"] as? String)
  }

  @Test("A name that is not UTF-8, named on the command line, is analysed, not reported missing")
  func latin1NameNamedDirectly() throws {
    let evidence = try subfolder("named")
    try SpecialFiles.copyToLatin1Name(still, folder: evidence, prefix: "caf", suffix: ".jpg")
    let result = try SeamScanBinary.shell(
      "exec \"$SEAMSCAN\" scan --quiet --no-faces \"$1/$(printf 'caf\\351.jpg')\"".replacingOccurrences(
        of: "$1", with: evidence.path))
    #expect(result.status == 0, "\(result.standardOutput)")
    let records = try Self.records(result.standardOutput)
    #expect(records.first?["type"] as? String == "video")
    #expect(
      records.first?["path_hex"] as? String == SpecialFiles.latin1Hex(folder: evidence, prefix: "caf", suffix: ".jpg"))
  }

  @Test("summary.csv lists every input found, with its status, a name that is not UTF-8 included")
  func summaryListsEveryInput() throws {
    let evidence = try subfolder("mixed")
    try FileManager.default.copyItem(at: still, to: evidence.appendingPathComponent("ok.jpg"))
    try SpecialFiles.copyToLatin1Name(still, folder: evidence, prefix: "caf", suffix: ".jpg")
    try FileManager.default.createSymbolicLink(
      atPath: evidence.appendingPathComponent("broken.mp4").path, withDestinationPath: "/nonexistent/clip.mp4")
    try SpecialFiles.makeFIFO(at: evidence.appendingPathComponent("pipe.mp4"))
    try Data("notes".utf8).write(to: evidence.appendingPathComponent("notes.txt"))
    try Data("not a video".utf8).write(to: evidence.appendingPathComponent("text.mp4"))
    let output = folder.appendingPathComponent("out")
    let run = try SeamScanBinary.run(
      ["scan", "--quiet", "--no-faces", "--output-dir", output.path, evidence.path], timeout: 120)
    #expect(!run.timedOut, "nothing blocks")
    #expect(run.status == 1, "text.mp4 looks like evidence and cannot be decoded")
    let rows = try Self.summaryRows(output.appendingPathComponent("summary.csv"))
    let status = { (name: String) in rows[evidence.path + "/" + name]?["status"] }
    #expect(status("ok.jpg") == "analysed")
    #expect(status("caf\\xE9.jpg") == "analysed")
    #expect(
      rows[evidence.path + "/caf\\xE9.jpg"]?["path_hex"]
        == SpecialFiles.latin1Hex(folder: evidence, prefix: "caf", suffix: ".jpg"))
    #expect(status("broken.mp4") == "skipped")
    #expect(status("pipe.mp4") == "skipped")
    #expect(status("notes.txt") == "skipped")
    #expect(status("text.mp4") == "failed")
    #expect(rows.count == 6, "one row per input: \(rows.keys.sorted())")
  }

  @Test("Broken links, FIFOs, sockets and devices in a folder are skipped with their kind; nothing blocks")
  func specialFilesInAFolder() throws {
    let evidence = try subfolder("special")
    try FileManager.default.copyItem(at: still, to: evidence.appendingPathComponent("ok.jpg"))
    try FileManager.default.createSymbolicLink(
      atPath: evidence.appendingPathComponent("broken.jpg").path, withDestinationPath: "/nonexistent/photo.jpg")
    try SpecialFiles.makeFIFO(at: evidence.appendingPathComponent("pipe.mp4"))
    let socket = try SpecialFiles.makeSocket(at: evidence.appendingPathComponent("socket.mp4"))
    defer { close(socket) }
    try FileManager.default.createSymbolicLink(
      atPath: evidence.appendingPathComponent("zero.mp4").path, withDestinationPath: "/dev/zero")
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", evidence.path], timeout: 60)
    #expect(!run.timedOut, "nothing blocks")
    #expect(run.status == 0, "special files do not fail the batch")
    var reasons: [String: String] = [:]
    for record in run.records(ofType: "skipped") {
      reasons[((record["path"] as? String) ?? "").components(separatedBy: "/").last ?? ""] = record["reason"] as? String
    }
    #expect(reasons["broken.jpg"] == "broken symbolic link")
    #expect(reasons["pipe.mp4"]?.contains("named pipe") == true)
    #expect(reasons["socket.mp4"]?.contains("socket") == true)
    #expect(reasons["zero.mp4"]?.contains("character device") == true)
    #expect(run.records(ofType: "video").count == 1)
  }

  @Test("A FIFO, a socket, /dev/zero and a broken link named directly are errors, at once")
  func specialFilesNamedDirectly() throws {
    let evidence = try subfolder("named-special")
    try SpecialFiles.makeFIFO(at: evidence.appendingPathComponent("pipe.mp4"))
    let socket = try SpecialFiles.makeSocket(at: evidence.appendingPathComponent("socket.mp4"))
    defer { close(socket) }
    let broken = evidence.appendingPathComponent("broken.mp4")
    try FileManager.default.createSymbolicLink(atPath: broken.path, withDestinationPath: "/nonexistent/clip.mp4")
    let paths = [
      evidence.appendingPathComponent("pipe.mp4").path, evidence.appendingPathComponent("socket.mp4").path,
      "/dev/zero", broken.path,
    ]
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces"] + paths, timeout: 60)
    #expect(!run.timedOut, "nothing blocks")
    #expect(run.status == 1)
    let errors = run.records(ofType: "error")
    #expect(errors.map { $0["path"] as? String } == paths.map { Optional($0) }, "one error per input, in order")
    #expect(errors.prefix(3).allSatisfy { $0["error"] as? String == "not_regular_file" }, "\(errors)")
    #expect((errors.first?["message"] as? String)?.contains("named pipe") == true)
    #expect(errors.last?["error"] as? String == "missing")
    #expect((errors.last?["message"] as? String)?.contains("broken symbolic link") == true)
  }

  @Test("Files with a media extension that cannot be decoded are errors; other non-video files are skipped")
  func whichFilesAreEvidence() throws {
    let evidence = try subfolder("kinds")
    try FileManager.default.copyItem(at: still, to: evidence.appendingPathComponent("photo.jpg"))
    try Data().write(to: evidence.appendingPathComponent("empty.mp4"))
    try Data("not a video".utf8).write(to: evidence.appendingPathComponent("text.mp4"))
    try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }).write(
      to: evidence.appendingPathComponent("random.mov"))
    try Data("1\n00:00:01,000 --> 00:00:02,000\nHello\n".utf8).write(to: evidence.appendingPathComponent("sub.srt"))
    try GeneratedMedia.ffmpeg(
      ["-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-c:a", "pcm_s16le"],
      output: evidence.appendingPathComponent("tone.wav"))
    try Data("notes".utf8).write(to: evidence.appendingPathComponent("notes.txt"))
    // SeamScan's own output, under its own name and renamed.
    let own = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", still.path])
    try Data((own.lines.joined(separator: "\n") + "\n").utf8).write(
      to: evidence.appendingPathComponent("photo.jpg.seamscan.jsonl"))
    try Data((own.lines.joined(separator: "\n") + "\n").utf8).write(to: evidence.appendingPathComponent("scan.jsonl"))

    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", evidence.path])
    var outcome: [String: String] = [:]
    for record in run.records where record["type"] as? String != "frame" {
      let name = ((record["path"] as? String) ?? "").components(separatedBy: "/").last ?? ""
      let detail = (record["error"] ?? record["reason"] ?? "") as? String ?? ""
      outcome[name, default: ""] += "\(record["type"] ?? ""):\(detail) "
    }
    #expect(outcome["photo.jpg"] == "video: summary: ")
    #expect(outcome["empty.mp4"] == "error:empty ")
    #expect(outcome["text.mp4"] == "error:not_media ")
    #expect(outcome["random.mov"] == "error:not_media ")
    #expect(outcome["sub.srt"] == "skipped:subtitles ")
    #expect(outcome["tone.wav"] == "skipped:audio only ")
    #expect(outcome["notes.txt"] == "skipped:not a media file ")
    #expect(outcome["photo.jpg.seamscan.jsonl"] == "skipped:SeamScan output ")
    #expect(outcome["scan.jsonl"] == "skipped:SeamScan output ")
    #expect(run.status == 1, "damaged evidence fails the batch")

    for name in ["empty.mp4", "text.mp4", "random.mov"] {
      try FileManager.default.removeItem(at: evidence.appendingPathComponent(name))
    }
    let clean = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", evidence.path])
    #expect(clean.status == 0, "subtitles, audio, notes and SeamScan's own outputs do not fail a batch")
  }
}
