import Foundation

/// Runs the built `seamscan` executable, the way analysts do.
public enum SeamScanBinary {
  /// The binary next to the test bundle in the build products folder, or `SEAMSCAN_BINARY`
  /// (to run the end-to-end tests against another build, such as an earlier revision's).
  public static var url: URL {
    if let override = ProcessInfo.processInfo.environment["SEAMSCAN_BINARY"], !override.isEmpty {
      return URL(fileURLWithPath: override)
    }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // `swift test` runs .build/<config>/<Package>PackageTests.xctest; walk up to the products folder.
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("seamscan").path),
      folder.pathComponents.count > 1
    {
      folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("seamscan")
  }

  public struct Run {
    public var status: Int32
    public var records: [[String: Any]]
    public var lines: [String]
    public var standardError: String
    public var killedBySignal = false
    public var timedOut = false

    public func records(ofType type: String) -> [[String: Any]] {
      records.filter { $0["type"] as? String == type }
    }
  }

  public static func run(
    _ arguments: [String], in directory: URL? = nil, input: FileHandle? = nil, output: FileHandle? = nil,
    timeout: Double = 600
  ) throws -> Run {
    let result = try Command.run(url.path, arguments, in: directory, input: input, output: output, timeout: timeout)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    let records = try lines.map { line -> [String: Any] in
      guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
        throw GeneratedMedia.GenerationError(message: "not a JSON object: \(line)")
      }
      return object
    }
    return Run(
      status: result.status, records: records, lines: lines, standardError: result.standardError,
      killedBySignal: result.killedBySignal, timedOut: result.timedOut)
  }

  /// Runs the binary through `/bin/sh -c SCRIPT`, where `$SEAMSCAN` is the binary: for pipes,
  /// ignored signals and resource limits set up the way a shell user would.
  public static func shell(_ script: String, in directory: URL? = nil, timeout: Double = 600) throws -> Command.Result {
    try Command.run(
      "/bin/sh", ["-c", script], in: directory, environment: ["SEAMSCAN": url.path], timeout: timeout)
  }
}

/// The redistributable clips shipped in the repository's SampleMedia/.
public enum SampleMedia {
  public static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("SampleMedia")

  /// The repository's root folder, where the README's example commands run.
  public static let repository = folder.deletingLastPathComponent()

  /// A 4-second pan and zoom over the public-domain astronaut portrait.
  public static let pan = folder.appendingPathComponent("astronaut-pan.mp4")
}
