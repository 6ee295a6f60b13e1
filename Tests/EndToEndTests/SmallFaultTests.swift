import Foundation
import SeamScanTestSupport
import Testing

/// Standard input, time ranges past the end and bad numbers. Issue 8, defect 9.
@Suite final class SmallFaultTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("small-faults")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  @Test("`scan -` reads a pipe: path \"-\", the SHA-256 of what was read, the same frames as the file")
  func standardInputFromAPipe() throws {
    let pipe = Pipe()
    let clip = try Data(contentsOf: SampleMedia.pan)
    let writer = Thread {
      try? pipe.fileHandleForWriting.write(contentsOf: clip)
      try? pipe.fileHandleForWriting.close()
    }
    writer.start()
    let run = try SeamScanBinary.run(
      ["scan", "--quiet", "--no-faces", "--max-frames", "20", "-"], input: pipe.fileHandleForReading)
    #expect(run.status == 0, "\(run.lines.first ?? "")")
    let expectedHash = try Command.run("/usr/bin/sha256sum", [SampleMedia.pan.path]).standardOutput.prefix(64)
    #expect(run.records.first?["path"] as? String == "-")
    #expect(run.records.first?["sha256"] as? String == String(expectedHash))
    #expect(run.records.first?["size"] as? Int == clip.count)
    #expect(run.records.last?["path"] as? String == "-")
    let fromFile = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--max-frames", "20", SampleMedia.pan.path])
    #expect(
      run.records(ofType: "frame").map { $0["pts"] as? Int }
        == fromFile.records(ofType: "frame").map { $0["pts"] as? Int })
  }

  @Test("`scan -` with a file redirected to standard input reads it in place")
  func standardInputFromAFile() throws {
    let input = try #require(
      FileHandle(forReadingAtPath: SampleMedia.folder.appendingPathComponent("astronaut.jpg").path))
    defer { try? input.close() }
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "-"], input: input)
    #expect(run.status == 0)
    #expect(run.records.first?["path"] as? String == "-")
    #expect(run.records(ofType: "frame").count == 1)
  }

  @Test("An empty standard input is an `empty` error, not 'file not found'")
  func emptyStandardInput() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "-"])
    #expect(run.status == 1)
    #expect(run.records.first?["error"] as? String == "empty")
    #expect(run.records.first?["path"] as? String == "-")
  }

  @Test("A time range past the end says so, instead of 'truncated or corrupt'")
  func rangePastTheEnd() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--start", "100", SampleMedia.pan.path])
    #expect(run.status == 1)
    let error = try #require(run.records(ofType: "error").first)
    #expect(error["error"] as? String == "empty_range")
    let message = error["message"] as? String ?? ""
    #expect(message.contains("--start 100 s is past the last frame"), "\(message)")
    #expect(!message.contains("corrupt"))
    #expect(run.records.last?["frames_decoded"] as? Int == 0)
  }

  @Test("An input of which no frame was decoded gets no verdict, not 'no face'")
  func noFramesNoVerdict() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--start", "100", SampleMedia.pan.path])
    #expect(run.status == 1)
    let summary = try #require(run.records(ofType: "summary").first)
    #expect(summary["frames_decoded"] as? Int == 0)
    #expect(summary["verdict"] is NSNull, "\(summary)")
  }

  @Test("Negative numbers get the option's own message, not 'Missing value'")
  func negativeNumbers() throws {
    for (flag, message) in [
      ("--max-frames", "--max-frames must be at least 1"), ("--start", "--start must be at least 0"),
      ("--threads", "--threads must be at least 1"), ("--max-pixels", "--max-pixels must be at least 1"),
    ] {
      let run = try SeamScanBinary.run(["scan", flag, "-3", SampleMedia.pan.path])
      #expect(run.status == 2, "\(flag)")
      #expect(run.standardError.contains(message), "\(flag): \(run.standardError)")
      #expect(!run.standardError.contains("Missing value"), "\(flag)")
    }
  }
}
