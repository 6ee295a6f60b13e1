import ArgumentParser
import Foundation
import SeamScanRecords

@main
struct SeamScan: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seamscan",
    abstract: "Finds blending seams and temporal flicker of pasted-in faces in video, frame by frame.",
    version: ToolIdentity.version,
    subcommands: [Scan.self, Faces.self, Synth.self, Report.self],
    defaultSubcommand: Scan.self)

  /// Exit codes: 0 every input analysed, 1 some input failed, 2 usage error.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(for: error)
      if code == .success || code.rawValue == ExitCode.failure.rawValue || error is CleanExit {
        exit(withError: error)
      }
      // ArgumentParser reports usage errors as 64; this tool's contract says 2.
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}
