import Foundation
import SeamScanTestSupport
import Testing

/// A disk that fills during a `--jobs 2` batch: the input analysed beside the one whose write
/// failed is stopped by the batch, so its output must never look complete. Issue 15, N1.
///
/// The small disk is a tmpfs mounted in a user and mount namespace of the test's own
/// (`unshare --user --map-root-user --mount`), so the test needs no real root.
@Suite final class FullDiskBatchTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("full-disk-batch")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  @Test("An input stopped by the batch's failure gets a cancelled record, and --resume analyses it again")
  func siblingOfAFailedWriteIsNeverKeptAsComplete() throws {
    let evidence = folder.appendingPathComponent("evidence")
    try FileManager.default.createDirectory(at: evidence, withIntermediateDirectories: true)
    for copy in 1...7 {
      try FileManager.default.copyItem(at: SampleMedia.pan, to: evidence.appendingPathComponent("clip\(copy).mp4"))
    }
    let mount = folder.appendingPathComponent("disk")
    let full = folder.appendingPathComponent("after-full")
    let resumed = folder.appendingPathComponent("after-resume")
    // Each output of the 100-frame pan takes about 400 kB: a 2 MB disk fills after four or five.
    // The tmpfs exists only inside the namespace, so its contents are copied out after each run.
    let script = """
      set -u
      mkdir -p '\(mount.path)' '\(full.path)' '\(resumed.path)'
      mount -t tmpfs -o size=2m tmpfs '\(mount.path)' || exit 90
      "$SEAMSCAN" scan --quiet --jobs 2 --threads 1 '\(evidence.path)' --output-dir '\(mount.path)' 2>/dev/null
      echo "first $?"
      cp -a '\(mount.path)/.' '\(full.path)/'
      mount -o remount,size=8m '\(mount.path)' || exit 91
      "$SEAMSCAN" scan --quiet --jobs 2 --threads 1 '\(evidence.path)' --output-dir '\(mount.path)' --resume 2>/dev/null
      echo "resumed $?"
      cp -a '\(mount.path)/.' '\(resumed.path)/'
      """
    let result = try Command.run(
      "/usr/bin/unshare", ["--user", "--map-root-user", "--mount", "/bin/sh", "-c", script],
      environment: ["SEAMSCAN": SeamScanBinary.url.path], timeout: 600)
    try #require(result.status == 0, "the namespace or tmpfs could not be set up: \(result.standardError)")
    #expect(result.standardOutput == "first 1\nresumed 0\n", "\(result.standardOutput)")

    // After the full disk: every final output is complete or says it was stopped.
    var stopped = 0
    for output in try Self.outputs(in: full) {
      let records = try Self.records(of: output)
      if let error = records.first, error["type"] as? String == "error" {
        #expect(records.count == 1, "\(output.lastPathComponent): a stopped input's output is its error alone")
        #expect(error["error"] as? String == "cancelled", "\(output.lastPathComponent): \(error)")
        stopped += 1
        continue
      }
      let summary = try #require(records.last, "\(output.lastPathComponent) is empty")
      #expect(summary["type"] as? String == "summary", "\(output.lastPathComponent) has no summary")
      #expect(summary["frames_decoded"] as? Int == 100, "\(output.lastPathComponent) kept as complete: \(summary)")
      #expect(records.filter { $0["type"] as? String == "frame" }.count == 100, "\(output.lastPathComponent)")
    }
    #expect(try Self.outputs(in: full).count < 7, "the disk should have filled before every input was written")
    if stopped > 0 {
      let table = try String(contentsOf: full.appendingPathComponent("summary.csv"), encoding: .utf8)
      #expect(table.contains("cancelled"), "summary.csv names the stopped inputs: \(table)")
    }

    // After --resume on the larger disk: every input complete, each analysed in full.
    let outputs = try Self.outputs(in: resumed)
    #expect(outputs.count == 7)
    for output in outputs {
      let records = try Self.records(of: output)
      #expect(records.filter { $0["type"] as? String == "frame" }.count == 100, "\(output.lastPathComponent)")
      #expect(records.last?["frames_decoded"] as? Int == 100, "\(output.lastPathComponent)")
    }
  }

  private static func outputs(in folder: URL) throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.lastPathComponent.hasSuffix(".seamscan.jsonl") && !$0.lastPathComponent.hasPrefix(".") }
  }

  private static func records(of output: URL) throws -> [[String: Any]] {
    try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }
}
