import Foundation
import SeamScanTestSupport
import XCTest

/// The record contract on the shipped sample media: hashes, frame counts,
/// determinism across thread counts, batches, output folders and resume.
final class ScanContractTests: XCTestCase {
  private let sampleMedia = SampleMedia.folder
  private let samplePan = SampleMedia.pan

  func testVideoRecordHashesTheFile() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", samplePan.path])
    XCTAssertEqual(run.status, 0)
    let sha = try Command.run("/usr/bin/sha256sum", [samplePan.path]).standardOutput.split(separator: " ").first
    XCTAssertEqual(run.records.first?["sha256"] as? String, sha.map(String.init))
    XCTAssertEqual(run.records.first?["size"] as? Int, try Data(contentsOf: samplePan).count)
  }

  func testOneFrameRecordPerDecodedFrame() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", samplePan.path])
    XCTAssertEqual(run.records(ofType: "frame").count, try GeneratedMedia.probedFrameCount(samplePan))
    XCTAssertEqual(run.records.last?["frames_decoded"] as? Int, run.records(ofType: "frame").count)
  }

  func testRecordsDoNotDependOnJobsOrThreads() throws {
    let one = try SeamScanBinary.run(["scan", "--quiet", "--jobs", "1", "--threads", "1", sampleMedia.path])
    let many = try SeamScanBinary.run(["scan", "--quiet", "--jobs", "3", "--threads", "4", sampleMedia.path])
    XCTAssertEqual(one.status, 0)
    XCTAssertEqual(Self.withoutTiming(one.lines), Self.withoutTiming(many.lines))
    XCTAssertGreaterThan(one.lines.count, 3)
  }

  func testStrideStillRecordsEveryFrame() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--stride", "4", samplePan.path])
    let frames = run.records(ofType: "frame")
    XCTAssertEqual(frames.count, try GeneratedMedia.probedFrameCount(samplePan))
    XCTAssertEqual(frames.filter { $0["analysed"] as? Bool == true }.count, (frames.count + 3) / 4)
    XCTAssertEqual(run.records.last?["frames_analysed"] as? Int, (frames.count + 3) / 4)
  }

  func testTriageWindow() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--start", "1", "--duration", "1", samplePan.path])
    let times = run.records(ofType: "frame").compactMap { $0["pts_time"] as? Double }
    XCTAssertEqual(times.count, 25)
    XCTAssertEqual(times.first ?? 0, 1, accuracy: 1e-6)
    let limited = try SeamScanBinary.run(["scan", "--quiet", "--max-frames", "7", samplePan.path])
    XCTAssertEqual(limited.records(ofType: "frame").count, 7)
  }

  func testUsageErrorExitsWithTwo() throws {
    XCTAssertEqual(try SeamScanBinary.run(["scan", "--stride", "0", samplePan.path]).status, 2)
    XCTAssertEqual(try SeamScanBinary.run(["scan", "--no-such-flag"]).status, 2)
  }

  func testFolderBatchGoesOnAfterABadFile() throws {
    let folder = try GeneratedMedia.makeFolder("batch")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: samplePan, to: folder.appendingPathComponent("a.mp4"))
    try Data("not media".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    try Data([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]).write(to: folder.appendingPathComponent("b-broken.mp4"))
    try FileManager.default.copyItem(at: samplePan, to: folder.appendingPathComponent(".hidden.mp4"))
    try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("loop"), withDestinationURL: folder)

    let run = try SeamScanBinary.run(["scan", "--quiet", folder.path])
    let names = { (records: [[String: Any]]) in records.compactMap { ($0["path"] as? NSString)?.lastPathComponent } }
    XCTAssertEqual(names(run.records(ofType: "video")), ["a.mp4"], "hidden files skipped, loop walked once")
    XCTAssertEqual(names(run.records(ofType: "error")), ["b-broken.mp4"], "a file that claims to be MP4 but is broken fails")
    XCTAssertEqual(names(run.records(ofType: "skipped")), ["notes.txt"], "files that are not media are reported")
    XCTAssertEqual(run.records(ofType: "summary").count, 1, "the batch went on after the failure")
    XCTAssertEqual(run.status, 1)

    try FileManager.default.removeItem(at: folder.appendingPathComponent("b-broken.mp4"))
    XCTAssertEqual(try SeamScanBinary.run(["scan", "--quiet", folder.path]).status, 0, "skipped files are not failures")
  }

  func testOutputFolderIsAtomicAndResumable() throws {
    let output = try GeneratedMedia.makeFolder("out")
    defer { try? FileManager.default.removeItem(at: output) }
    let first = try SeamScanBinary.run(["scan", "--quiet", "--output-dir", output.path, sampleMedia.path])
    XCTAssertEqual(first.status, 0)
    XCTAssertTrue(first.lines.isEmpty, "nothing on stdout with --output-dir")
    let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
    XCTAssertEqual(
      files,
      ["astronaut-generator.png.seamscan.jsonl", "astronaut-pan-selfblend.mp4.seamscan.jsonl",
       "astronaut-pan.mp4.seamscan.jsonl", "astronaut.jpg.seamscan.jsonl", "summary.csv"])
    let csv = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    XCTAssertEqual(csv.split(separator: "\n").count, 5)
    XCTAssertTrue(csv.contains(",analysed,"))

    let second = try SeamScanBinary.run(["scan", "--quiet", "--resume", "--output-dir", output.path, sampleMedia.path])
    XCTAssertEqual(second.status, 0)
    let resumedCSV = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
    XCTAssertEqual(resumedCSV.components(separatedBy: ",resumed,").count - 1, 4, "every input skipped by hash")
  }

  /// Drops the `timing` object, the only part allowed to differ between runs.
  static func withoutTiming(_ lines: [String]) -> [String] {
    lines.map { line in
      guard let range = line.range(of: ",\"timing\":{") else { return line }
      return String(line[..<range.lowerBound]) + "}"
    }
  }
}
