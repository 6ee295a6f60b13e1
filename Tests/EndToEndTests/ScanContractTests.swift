import Foundation
import SeamScanTestSupport
import Testing

/// The record contract on the shipped sample media: hashes, frame counts,
/// determinism across thread counts, batches, output folders and resume.
@Suite struct ScanContractTests {
  private let sampleMedia = SampleMedia.folder
  private let samplePan = SampleMedia.pan

  @Test func videoRecordHashesTheFile() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", samplePan.path])
    #expect(run.status == 0)
    let sha = try Command.run("/usr/bin/sha256sum", [samplePan.path]).standardOutput.split(separator: " ").first
    #expect(run.records.first?["sha256"] as? String == sha.map(String.init))
    #expect(try run.records.first?["size"] as? Int == Data(contentsOf: samplePan).count)
  }

  @Test func oneFrameRecordPerDecodedFrame() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", samplePan.path])
    #expect(try run.records(ofType: "frame").count == GeneratedMedia.probedFrameCount(samplePan))
    #expect(run.records.last?["frames_decoded"] as? Int == run.records(ofType: "frame").count)
  }

  @Test func recordsDoNotDependOnJobsOrThreads() throws {
    let one = try SeamScanBinary.run(["scan", "--quiet", "--jobs", "1", "--threads", "1", sampleMedia.path])
    let many = try SeamScanBinary.run(["scan", "--quiet", "--jobs", "3", "--threads", "4", sampleMedia.path])
    #expect(one.status == 0)
    #expect(Self.withoutTiming(one.lines) == Self.withoutTiming(many.lines))
    #expect(one.lines.count > 3)
    // The thread budget is reported under `timing`, the one part left out above.
    for (run, threads) in [(one, 1), (many, 4)] {
      let timings = run.records(ofType: "summary").compactMap { $0["timing"] as? [String: Any] }
      #expect(!timings.isEmpty)
      #expect(timings.allSatisfy { $0["threads"] as? Int == threads && $0["decoder_threads"] as? Int == threads })
    }
  }

  @Test func strideStillRecordsEveryFrame() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--stride", "4", samplePan.path])
    let frames = run.records(ofType: "frame")
    #expect(try frames.count == GeneratedMedia.probedFrameCount(samplePan))
    #expect(frames.filter { $0["analysed"] as? Bool == true }.count == (frames.count + 3) / 4)
    #expect(run.records.last?["frames_analysed"] as? Int == (frames.count + 3) / 4)
  }

  @Test("A triage window records only the frames asked for")
  func triageWindow() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--start", "1", "--duration", "1", samplePan.path])
    let times = run.records(ofType: "frame").compactMap { $0["pts_time"] as? Double }
    #expect(times.count == 25)
    #expect(abs((times.first ?? 0) - 1) <= 1e-6)
    let limited = try SeamScanBinary.run(["scan", "--quiet", "--max-frames", "7", samplePan.path])
    #expect(limited.records(ofType: "frame").count == 7)
  }

  @Test func usageErrorExitsWithTwo() throws {
    #expect(try SeamScanBinary.run(["scan", "--stride", "0", samplePan.path]).status == 2)
    #expect(try SeamScanBinary.run(["scan", "--no-such-flag"]).status == 2)
  }

  @Test func folderBatchGoesOnAfterABadFile() throws {
    let folder = try GeneratedMedia.makeFolder("batch")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: samplePan, to: folder.appendingPathComponent("a.mp4"))
    try Data("not media".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    try Data([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]).write(to: folder.appendingPathComponent("b-broken.mp4"))
    try FileManager.default.copyItem(at: samplePan, to: folder.appendingPathComponent(".hidden.mp4"))
    try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("loop"), withDestinationURL: folder)

    let run = try SeamScanBinary.run(["scan", "--quiet", folder.path])
    let names = { (records: [[String: Any]]) in records.compactMap { ($0["path"] as? NSString)?.lastPathComponent } }
    #expect(names(run.records(ofType: "video")) == ["a.mp4"], "hidden files skipped, loop walked once")
    #expect(names(run.records(ofType: "error")) == ["b-broken.mp4"], "a file that claims to be MP4 but is broken fails")
    #expect(names(run.records(ofType: "skipped")) == ["notes.txt"], "files that are not media are reported")
    #expect(run.records(ofType: "summary").count == 1, "the batch went on after the failure")
    #expect(run.status == 1)

    try FileManager.default.removeItem(at: folder.appendingPathComponent("b-broken.mp4"))
    #expect(try SeamScanBinary.run(["scan", "--quiet", folder.path]).status == 0, "skipped files are not failures")
  }

  @Test func outputFolderIsAtomicAndResumable() throws {
    let output = try GeneratedMedia.makeFolder("out")
    defer { try? FileManager.default.removeItem(at: output) }
    let first = try SeamScanBinary.run(["scan", "--quiet", "--output-dir", output.path, sampleMedia.path])
    #expect(first.status == 0)
    #expect(first.lines.isEmpty, "nothing on stdout with --output-dir")
    let files = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") }.sorted()
    // `<input name>.<16 hex digits of the input's identity>.seamscan.jsonl`
    let inputs = files.map {
      $0.replacingOccurrences(of: #"\.[0-9a-f]{16}\.seamscan\.jsonl$"#, with: "", options: .regularExpression)
    }
    #expect(
      inputs == [
        "astronaut-generator.png", "astronaut-pan-selfblend.mp4", "astronaut-pan.mp4", "astronaut.jpg", "summary.csv",
      ])
    let csv = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(csv.split(separator: "\n").count == 5)
    #expect(csv.contains(",analysed,"))

    let second = try SeamScanBinary.run(["scan", "--quiet", "--resume", "--output-dir", output.path, sampleMedia.path])
    #expect(second.status == 0)
    let resumedCSV = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    #expect(resumedCSV.components(separatedBy: ",resumed,").count - 1 == 4, "every input skipped by hash")
  }

  /// Drops the `timing` object, the only part allowed to differ between runs.
  static func withoutTiming(_ lines: [String]) -> [String] {
    lines.map { line in
      guard let range = line.range(of: ",\"timing\":{") else { return line }
      return String(line[..<range.lowerBound]) + "}"
    }
  }
}
