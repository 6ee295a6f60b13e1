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
    /// The program was killed by a signal (`status` is then the signal number).
    public var killedBySignal: Bool = false
    /// The program did not end within the timeout and was killed.
    public var timedOut: Bool = false
  }

  /// `directory` is the working directory of the program (the test's own when nil). `input` and
  /// `output` replace the captured stdin (empty by default) and stdout; a program still running
  /// after `timeout` seconds is killed, so a hang fails the test instead of blocking the suite.
  public static func run(
    _ executable: String, _ arguments: [String], in directory: URL? = nil, input: FileHandle? = nil,
    output: FileHandle? = nil, environment: [String: String]? = nil, timeout: Double = 600
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let outputPipe = Pipe()
    let error = Pipe()
    process.standardInput = input ?? FileHandle.nullDevice
    process.standardOutput = output ?? outputPipe
    process.standardError = error
    try process.run()
    let watchdog = Watchdog(process: process, seconds: timeout)
    // Read both pipes before waiting, so a chatty child cannot block on a full pipe.
    let errorData = ReadAll(error.fileHandleForReading)
    let outputData = output == nil ? outputPipe.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    watchdog.cancel()
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.wait(), as: UTF8.self),
      killedBySignal: process.terminationReason == .uncaughtSignal, timedOut: watchdog.fired)
  }

  /// Kills a process that runs past its time.
  private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    private var killed = false

    init(process: Process, seconds: Double) {
      let pid = process.processIdentifier
      DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        killed = true
        kill(pid, SIGKILL)
      }
    }

    func cancel() {
      lock.lock()
      done = true
      lock.unlock()
    }

    var fired: Bool {
      lock.lock()
      defer { lock.unlock() }
      return killed
    }
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
