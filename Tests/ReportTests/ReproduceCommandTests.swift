import Foundation
import SeamScanRecords
import SeamScanReport
import SeamScanTestSupport
import Testing

/// The command a page gives to repeat a scan repeats it: the same records, apart from `timing`,
/// whatever options the scan had.
@Suite struct ReproduceCommandTests {
  static let optionSets: [[String]] = [
    [
      "--landmarks", "--max-frames", "12", "--stride", "2", "--min-face", "40", "--detect-every", "10",
      "--scale-factor", "1.2", "--start", "0.4",
    ],
    [
      "--max-side", "320", "--duration", "1.5", "--detect-side", "160", "--confirm-every", "4", "--min-neighbors", "2",
      "--network-every", "2",
    ],
    ["--network-every", "0", "--max-frames", "6"],
    ["--no-score", "--max-frames", "6"],
    ["--no-faces", "--no-score", "--max-frames", "3"],
  ]

  @Test(arguments: optionSets.indices)
  func theCommandGivesTheSameRecords(set: Int) throws {
    let options = Self.optionSets[set]
    let folder = try SampleScans.scan(options + ["SampleMedia/astronaut-pan.mp4"], name: "reproduce-\(set)")
    let original = try String(
      contentsOf: try SampleScans.output(for: "astronaut-pan.mp4", in: folder), encoding: .utf8
    ).split(separator: "\n").map(String.init)
    guard case .video(let video) = try RecordReader.record(fromLine: original[0]) else {
      Issue.record("no video record")
      return
    }
    let command = ReproduceCommand.options(for: video)
    #expect(command.last == "--")
    // Every option given is read back from the record under its key, and repeated with its value.
    for (index, option) in options.enumerated() where option.hasPrefix("--") {
      let value = options.dropFirst(index + 1).first.flatMap { $0.hasPrefix("--") ? nil : $0 }
      let repeated = command.indices.contains {
        command[$0] == option && (value == nil || command.dropFirst($0 + 1).first == value)
      }
      #expect(repeated, "\(option) \(value ?? "")")
    }
    let again = try SeamScanBinary.run(command + [video.path], in: SampleMedia.repository)
    #expect(again.status == 0)
    #expect(Self.withoutTiming(again.lines) == Self.withoutTiming(original))
  }

  /// A new flag that changes a record needs a scan above that sets it.
  @Test func theScansSetEveryRecordedFlag() {
    let given = Set(Self.optionSets.joined())
    for row in OptionTable.rows where row.recordKey != nil { #expect(given.contains("--" + row.name), "\(row.name)") }
  }

  static func withoutTiming(_ lines: [String]) -> [String] {
    lines.map { $0.replacingOccurrences(of: #","timing":\{[^}]*\}"#, with: "", options: .regularExpression) }
  }
}
