import Foundation
import SeamScanTestSupport
import Testing

/// `synth --output` is written under the exact bytes it was given, and its record names it
/// absolute, with the `.` and `..` of a relative name resolved.
@Suite final class SynthOutputNameTests {
  private let folder: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("synth-output-name")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private static let still = SampleMedia.folder.appendingPathComponent("astronaut.jpg")

  @Test("a relative --output is recorded absolute, its dots resolved")
  func aRelativeOutputIsRecordedAbsolute() throws {
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let run = try SeamScanBinary.run(
      ["synth", Self.still.path, "--kind", "generator", "--output", "./sub/../fake.png"], in: folder)
    #expect(run.status == 0, "\(run.standardError)")
    let recorded = try #require(run.records.first?["output"] as? String)
    #expect(recorded == folder.resolvingSymlinksInPath().appendingPathComponent("fake.png").path)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("fake.png").path))
  }

  @Test("an --output name that is not UTF-8 is written under its own bytes")
  func aNameThatIsNotUTF8KeepsItsBytes() throws {
    let result = try SeamScanBinary.shell(
      #""$SEAMSCAN" synth "# + Self.still.path.quotedForShell
        + #" --kind generator --output "$(printf 'caf\351.png')""#, in: folder)
    #expect(result.status == 0, "\(result.standardError)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.count == 1)
    let listing = try Command.run("/bin/ls", ["-b", folder.path]).standardOutput
    #expect(listing == "caf\\351.png\n")
  }
}

extension String {
  fileprivate var quotedForShell: String { "'" + replacingOccurrences(of: "'", with: #"'\''"#) + "'" }
}
