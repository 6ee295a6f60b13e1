import Foundation
import SeamScanRecords
import SeamScanReport
import SeamScanTestSupport
import Testing

/// The command a page gives to repeat a scan repeats it: the same records, apart from `timing`.
@Suite struct ReproduceCommandTests {
  @Test func theCommandGivesTheSameRecords() throws {
    let options = [
      "--landmarks", "--max-frames", "12", "--stride", "2", "--min-face", "40", "--detect-every", "10",
      "--scale-factor", "1.2", "--start", "0.4",
    ]
    let folder = try SampleScans.scan(options + ["SampleMedia/astronaut-pan.mp4"], name: "reproduce")
    let original = try String(
      contentsOf: try SampleScans.output(for: "astronaut-pan.mp4", in: folder), encoding: .utf8
    ).split(separator: "\n").map(String.init)
    guard case .video(let video) = try RecordReader.record(fromLine: original[0]) else {
      Issue.record("no video record")
      return
    }
    let command = ReproduceCommand.options(for: video)
    #expect(command.last == "--")
    let again = try SeamScanBinary.run(command + [video.path], in: SampleMedia.repository)
    #expect(again.status == 0)
    #expect(Self.withoutTiming(again.lines) == Self.withoutTiming(original))
  }

  static func withoutTiming(_ lines: [String]) -> [String] {
    lines.map { $0.replacingOccurrences(of: #","timing":\{[^}]*\}"#, with: "", options: .regularExpression) }
  }
}
