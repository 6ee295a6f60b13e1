import ArgumentParser
import Foundation
import SeamScanFiles
import SeamScanRecords
import SeamScanReport

struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the analyst's HTML report of a scan folder, in Vietnamese or English.",
    discussion: """
      Reads the records that `seamscan scan --output-dir` wrote and writes index.html and one page per input \
      (videos/*.html). Every page is self-contained and loads nothing from the network. The original media is \
      opened read-only, only to take evidence frames, and only when its SHA-256 still matches its records.
      """)

  @Argument(help: "A folder written by `seamscan scan --output-dir`.")
  var outputDirectory: String

  @Option(help: ArgumentHelp("vi or en (default: from LC_ALL, LC_MESSAGES or LANG; else en).", valueName: "vi|en"))
  var lang: String?

  @Option(help: ArgumentHelp("Folder to write the report to (default: OUTPUT_DIR/report).", valueName: "dir"))
  var output: String?

  @Option(
    name: .customLong("media-root"),
    help: ArgumentHelp(
      "Folder the scan ran in, against which relative paths in the records are resolved (default: here).",
      valueName: "dir"))
  var mediaRoot: String?

  @Option(name: OptionTable.maxPixels.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.maxPixels.help))
  var maxPixels = OptionTable.maxPixels.defaultValue!

  func validate() throws {
    try OptionTable.maxPixels.validate(maxPixels)
    if let lang, ReportLanguage(rawValue: lang) == nil { throw ValidationError("--lang must be vi or en") }
  }

  func run() throws {
    let language = lang.flatMap(ReportLanguage.init(rawValue:)) ?? ReportLanguage.fromEnvironment()
    let scanFolder = FileSystem.resolved(RawArguments.path(outputDirectory))
    let destination = FileSystem.resolved(
      output.map(RawArguments.path) ?? RawArguments.path(outputDirectory).appending(Array("report".utf8)))
    var options = ReportOptions(language: language)
    options.maxPixels = maxPixels
    if let mediaRoot { options.mediaRoot = FileSystem.resolved(RawArguments.path(mediaRoot)) }
    do {
      let outcome = try ReportWriter.write(scanFolder: scanFolder, to: destination, options: options)
      if outcome.replacedEarlierReport {
        StandardError.write("seamscan report: replacing the earlier report in \(destination.display)\n")
      }
      print(outcome.index.display)
      if outcome.mediaProblems > 0 {
        StandardError.write(
          "seamscan report: \(outcome.mediaProblems) input(s) no longer match their SHA-256 or cannot be opened; "
            + "their pages say so and show no picture\n")
      }
      if outcome.pictureProblems > 0 {
        StandardError.write(
          "seamscan report: the pictures of \(outcome.pictureProblems) input(s) could not be decoded again; "
            + "their pages say why (a picture over the limit needs the scan's --max-pixels)\n")
      }
    } catch let error as RecordReadError {
      StandardError.write("seamscan report: \(error)\n")
      throw ExitCode.failure
    } catch let error as ReportError {
      StandardError.write("seamscan report: \(error)\n")
      throw ExitCode.failure
    }
  }
}
