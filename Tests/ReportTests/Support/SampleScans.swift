import Foundation
import SeamScanFiles
import SeamScanReport
import SeamScanTestSupport

/// Scans made once per test run with the built binary, shared by the report tests, and the
/// reports made from them.
enum SampleScans {
  /// `SampleMedia/` with `--landmarks`, run from the repository, so paths read `SampleMedia/…`.
  static let withLandmarks = Result { try scan(["--landmarks", "SampleMedia/"], name: "landmarks") }
  /// The pan's first 30 frames without `--landmarks`: boxes only.
  static let boxesOnly = Result { try scan(["--max-frames", "30", "SampleMedia/astronaut-pan.mp4"], name: "boxes") }

  /// The report of ``withLandmarks`` in each language, made once.
  static let landmarkReports = Result {
    [ReportLanguage.en: try report(try withLandmarks.get(), .en), .vi: try report(try withLandmarks.get(), .vi)]
  }

  static func landmarkReport(_ language: ReportLanguage) throws -> ReportOutcome {
    try landmarkReports.get()[language]!
  }

  static func scan(_ arguments: [String], name: String, in directory: URL = SampleMedia.repository) throws -> URL {
    let folder = try GeneratedMedia.makeFolder("scan-\(name)")
    let run = try SeamScanBinary.run(["scan", "--quiet", "--output-dir", folder.path] + arguments, in: directory)
    guard run.status == 0 else { throw ScanFailed(message: run.standardError) }
    return folder
  }

  /// A report of `folder`, made at a fixed time in Hanoi's time zone.
  static func report(_ folder: URL, _ language: ReportLanguage, mediaRoot: URL = SampleMedia.repository) throws
    -> ReportOutcome
  {
    let output = try GeneratedMedia.makeFolder("report-\(language.rawValue)")
    let options = ReportOptions(
      language: language, mediaRoot: BytePath(mediaRoot.path), timeZone: TimeZone(identifier: "Asia/Ho_Chi_Minh")!,
      now: Date(timeIntervalSince1970: 1_796_290_812))
    return try ReportWriter.write(scanFolder: BytePath(folder.path), to: BytePath(output.path), options: options)
  }

  static func html(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

  static func html(_ path: BytePath) throws -> String { try html(URL(fileURLWithPath: path.display)) }

  /// The records file a scan folder holds for the input named `name`: found by the path its first
  /// record names, as output names carry a digest of the input's folder.
  static func output(for name: String, in folder: URL) throws -> URL {
    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.lastPathComponent.hasSuffix(".seamscan.jsonl") }
    for file in files {
      let first = try String(contentsOf: file, encoding: .utf8).prefix { $0 != "\n" }
      let record = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
      if (record?["path"] as? String).map({ ($0 as NSString).lastPathComponent == name }) == true { return file }
    }
    throw ScanFailed(message: "no records file for \(name) in \(folder.path)")
  }
}

struct ScanFailed: Error {
  let message: String
}

/// The records of one output file as plain JSON, read without the report's own reader, to check
/// what the pages show against.
struct RecordsJSON {
  let records: [[String: Any]]

  init(_ url: URL) throws {
    records = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
    }
  }

  /// The value at a `data-field` path: `video/size`, `summary/timing/started`,
  /// `frame/46/faces/0/cues/spatial.noise.ring0.5/value` (the frame whose `frame` is 46).
  func value(at path: String) -> Any? {
    var parts = path.split(separator: "/").map(String.init)
    guard !parts.isEmpty else { return nil }
    let type = parts.removeFirst()
    var current: Any?
    if type == "frame" {
      guard let number = parts.first.flatMap({ Int($0) }) else { return nil }
      parts.removeFirst()
      current = records.first { $0["type"] as? String == "frame" && ($0["frame"] as? Int) == number }
    } else {
      current = records.first { $0["type"] as? String == type }
    }
    for part in parts {
      if let object = current as? [String: Any] {
        current = object[part]
      } else if let array = current as? [Any], let index = Int(part), index < array.count {
        current = array[index]
      } else {
        return nil
      }
    }
    return current
  }

  /// Whether a `data-value` attribute says the same as the record: strings exactly, numbers to
  /// the six decimals records carry, null as `null`, arrays and booleans as JSON.
  static func matches(_ shown: String, _ recorded: Any?) -> Bool {
    switch recorded {
    case nil, is NSNull: return shown == "null" || shown == ""
    case let text as String: return shown == text
    case let number as NSNumber:
      if shown == "true" || shown == "false" { return (recorded as? Bool) == (shown == "true") }
      guard let value = Double(shown) else { return false }
      return abs(value - number.doubleValue) < 5e-7
    case let array as [Any]:
      let data = try? JSONSerialization.data(withJSONObject: array)
      return data.map { String(decoding: $0, as: UTF8.self) }?.replacingOccurrences(of: " ", with: "") == shown
    default: return false
    }
  }
}

extension InputRecords {
  /// The records file at `url`, for tests that find files with Foundation.
  static func read(_ url: URL) throws -> InputRecords { try read(BytePath(url.path)) }
}

extension BytePath {
  /// The name of a report's page, for messages and checks.
  var lastPathComponent: String { String(decoding: lastComponent, as: UTF8.self) }
}
