import Foundation
import SeamScanTestSupport
import Testing

/// Output that cannot be written (a full disk, a file-size limit, a reader that went away) ends
/// the run with a clear message and exit 1, never a crash, and never leaves output that looks
/// complete. Issue 8, defect 1.
@Suite final class WriteFailureTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("write-failure")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func expectNoCrash(_ result: Command.Result, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!result.killedBySignal, "killed by signal \(result.status)", sourceLocation: sourceLocation)
    #expect(!result.standardError.contains("crashed"), "\(result.standardError)", sourceLocation: sourceLocation)
    #expect(!result.standardError.contains("Illegal instruction"), sourceLocation: sourceLocation)
  }

  @Test("A full standard output (/dev/full) gives a clear message and exit 1, not a crash")
  func fullStandardOutput() throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    defer { try? full.close() }
    // Frames are still being decoded when the first write fails: the decoder must shut down in order.
    let run = try SeamScanBinary.run(["scan", "--quiet", SampleMedia.pan.path], output: full, timeout: 300)
    #expect(!run.killedBySignal, "killed by signal \(run.status)")
    #expect(run.status == 1)
    #expect(run.standardError == "seamscan: cannot write standard output: No space left on device\n")
  }

  @Test("A reader that closes the pipe early ends the run quietly (SIGPIPE ignored, as some shells do)")
  func closedPipeWithSIGPIPEIgnored() throws {
    // The pipeline's status is head's: seamscan reports its own on stderr.
    let own = try SeamScanBinary.shell(
      "trap '' PIPE; { \"$SEAMSCAN\" scan --quiet '\(SampleMedia.pan.path)'; echo \"status $?\" >&2; } | head -c 100 >/dev/null",
      timeout: 300)
    expectNoCrash(own)
    #expect(own.standardError == "status 1\n", "exit 1 and nothing else on stderr: \(own.standardError)")
  }

  @Test("A reader that closes the pipe early ends the run by SIGPIPE, silently, as Unix tools do")
  func closedPipeWithDefaultSIGPIPE() throws {
    let result = try SeamScanBinary.shell(
      "{ \"$SEAMSCAN\" scan --quiet '\(SampleMedia.pan.path)'; echo \"status $?\" >&2; } | head -c 100 >/dev/null",
      timeout: 300)
    #expect(result.standardError == "status 141\n", "killed by SIGPIPE, nothing said: \(result.standardError)")
  }

  @Test("An output file that cannot be written gives a clear message, exit 1 and no output file at all")
  func outputFileCannotBeWritten() throws {
    let output = folder.appendingPathComponent("out")
    // A 64 KiB file-size limit (SIGXFSZ ignored, so writes fail with EFBIG) stands for a full disk.
    let result = try SeamScanBinary.shell(
      "trap '' XFSZ; ulimit -f 64; exec \"$SEAMSCAN\" scan --quiet '\(SampleMedia.pan.path)' --output-dir '\(output.path)'",
      timeout: 300)
    expectNoCrash(result)
    #expect(result.status == 1)
    #expect(result.standardError.hasPrefix("seamscan: cannot write "), "\(result.standardError)")
    #expect(result.standardError.hasSuffix(": File too large\n"), "\(result.standardError)")
    let left = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0 != ".seamscan.lock" }
    #expect(left.isEmpty, "no output, complete-looking or partial: \(left)")
  }

  @Test("summary.csv that cannot be written gives a clear message and exit 1, and no temporary file is left")
  func summaryCannotBeWritten() throws {
    let output = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    // A summary.csv folder in the way: the output itself is written, the summary cannot be renamed over it.
    try FileManager.default.createDirectory(
      at: output.appendingPathComponent("summary.csv/blocker"), withIntermediateDirectories: true)
    let run = try SeamScanBinary.run(
      [
        "scan", "--quiet", "--no-faces", "--output-dir", output.path,
        SampleMedia.folder.appendingPathComponent("astronaut.jpg").path,
      ])
    #expect(!run.killedBySignal)
    #expect(run.status == 1)
    #expect(run.standardError.hasPrefix("seamscan: cannot write \(output.path)/summary.csv: "), "\(run.standardError)")
    let partial = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".partial") }
    #expect(partial.isEmpty, "\(partial)")
  }
}
