import Foundation

/// Test inputs made on the fly with the `ffmpeg` command-line tool, so no
/// third-party footage is needed and every case is reproducible.
public enum GeneratedMedia {
  /// A fresh folder for one test's files.
  public static func makeFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "seamscan-tests-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs `ffmpeg -v error -y ARGS OUTPUT` and returns the output file.
  @discardableResult
  public static func ffmpeg(_ arguments: [String], output: URL) throws -> URL {
    let result = try Command.run("/usr/bin/ffmpeg", ["-v", "error", "-y"] + arguments + [output.path])
    guard result.status == 0 else { throw GenerationError(message: "ffmpeg failed: \(result.standardError)") }
    return output
  }

  /// A moving test pattern: `seconds` long, `size` like "320x240", encoded with `codecArguments`.
  @discardableResult
  public static func testPattern(
    size: String = "320x240", rate: String = "25", seconds: Double = 1, filters: String = "format=yuv420p",
    codecArguments: [String] = ["-c:v", "libx264", "-preset", "ultrafast"], output: URL
  ) throws -> URL {
    try ffmpeg(
      ["-f", "lavfi", "-i", "testsrc2=size=\(size):rate=\(rate):duration=\(seconds)", "-vf", filters]
        + codecArguments + ["-threads", "1"],
      output: output)
  }

  /// The number of frames ffprobe decodes, the reference the scanner must match.
  public static func probedFrameCount(_ url: URL) throws -> Int {
    let result = try Command.run(
      "/usr/bin/ffprobe",
      [
        "-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames",
        "-of", "csv=p=0", url.path,
      ])
    // Side data (a display matrix, say) can add empty fields after the count.
    let firstField = result.standardOutput.split(whereSeparator: { !$0.isNumber }).first
    guard let count = firstField.flatMap({ Int($0) }) else {
      throw GenerationError(message: "ffprobe gave no frame count for \(url.path): \(result.standardError)")
    }
    return count
  }

  public struct GenerationError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }
}

/// Runs a program and captures its output.
public enum Command {
  public struct Result: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
  }

  /// `directory` is the working directory of the program (the test's own when nil).
  public static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read both pipes before waiting, so a chatty child cannot block on a full pipe.
    let errorData = ReadAll(error.fileHandleForReading)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.wait(), as: UTF8.self))
  }

  /// Drains a pipe on a background thread.
  private final class ReadAll: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
      Thread.detachNewThread { [self] in
        data = handle.readDataToEndOfFile()
        done.signal()
      }
    }

    func wait() -> Data {
      done.wait()
      return data
    }
  }
}
