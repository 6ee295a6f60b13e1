import Foundation
import SeamScanTestSupport
import Testing

/// The temporary file a killed `synth` leaves is removed by the next `synth` into the same
/// folder, and the temporary file of a run still writing never is. Issue 15, N14.
@Suite final class SynthLeftoverTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("synth-leftover")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

  /// A name as `synth --output NAME` gives its temporary file.
  private func temporaryName(of name: String) -> String { ".\(name).\(UUID().uuidString).partial.mp4" }

  @Test("the next synth removes a killed synth's temporary file, never a live run's")
  func leftoversOfKilledRunsAreRemoved() throws {
    let stale = file(temporaryName(of: "out.mp4"))
    let staleOfAnotherName = file(temporaryName(of: "other.mp4"))
    let live = file(temporaryName(of: "busy.mp4"))
    for url in [stale, staleOfAnotherName, live] { try Data("half an MP4".utf8).write(to: url) }
    // A live writer holds an exclusive lock on its temporary file until the file is in place.
    let holder = Process()
    holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    holder.arguments = ["--exclusive", "--no-fork", live.path, "/bin/sleep", "60"]
    try holder.run()
    defer {
      holder.terminate()
      holder.waitUntilExit()
    }
    try #require(try isLockedSoon(live), "flock took the lock on the live run's file")

    let run = try SeamScanBinary.run(
      ["synth", SampleMedia.pan.path, "--output", file("out.mp4").path, "--max-frames", "3"])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(!FileManager.default.fileExists(atPath: stale.path), "a killed run's temporary file is removed")
    #expect(!FileManager.default.fileExists(atPath: staleOfAnotherName.path), "whatever output it was for")
    #expect(FileManager.default.fileExists(atPath: live.path), "a live run's temporary file is kept")
    #expect(FileManager.default.fileExists(atPath: file("out.mp4").path))
  }

  /// Whether another process holds the lock on `url` within five seconds, as `flock --nonblock` finds.
  private func isLockedSoon(_ url: URL) throws -> Bool {
    for _ in 0..<100 {
      let probe = try Command.run("/usr/bin/flock", ["--nonblock", "--exclusive", url.path, "/bin/true"])
      if probe.status != 0 { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return false
  }
}
