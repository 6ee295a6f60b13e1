import ArgumentParser
import Foundation
import SeamScanBatch
import SeamScanFiles
import SeamScanMedia
import SeamScanRecords

@main
struct SeamScan: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seamscan",
    abstract: "Finds blending seams and temporal flicker of pasted-in faces in video, frame by frame.",
    version: ToolIdentity.version,
    subcommands: [Scan.self, Faces.self, Synth.self, Report.self, Schema.self],
    defaultSubcommand: Scan.self)

  /// Exit codes: 0 every input analysed, 1 some input failed or output could not be written,
  /// 2 usage error.
  static func main() async {
    do {
      let commands = configuration.subcommands.map { $0._commandName } + ["help"]
      if let name = MistypedCommand.name(in: RawArguments.arguments, commands: commands) {
        throw ValidationError("unknown command '\(name)' (commands: \(commands.joined(separator: ", ")))")
      }
      var command = try parseAsRoot(RawArguments.arguments)
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let error as OutputError {
      // A closed pipe ends the run quietly, as Unix tools do (with SIGPIPE ignored; otherwise
      // the signal has already ended it). Anything else is said once, plainly.
      if !error.isBrokenPipe { StandardError.write("seamscan: \(error)\n") }
      Foundation.exit(ExitCode.failure.rawValue)
    } catch let error as UnusableOutputFolder {
      StandardError.write("seamscan: \(error)\n")
      Foundation.exit(ExitCode.failure.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success || code.rawValue == ExitCode.failure.rawValue || error is CleanExit {
        exit(withError: error)
      }
      // ArgumentParser reports usage errors as 64; this tool's contract says 2.
      StandardError.write(fullMessage(for: error) + "\n")
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

/// One record on standard output, for the commands that print one: a write failure is an `OutputError`.
func printRecord(_ record: some OutputRecord) throws {
  try FileOutput.standardOutput.write(Array((record.line + "\n").utf8))
}
