import ArgumentParser
import SeamScanFiles
import SeamScanRecords

struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the JSON Schema (draft 2020-12) of every record SeamScan writes.",
    discussion: """
      One schema for one line of output of scan, faces or synth, chosen by its "type"; $defs holds each record \
      type, the objects inside them and every vocabulary (error codes, verdicts, reasons, exclusions, model roles).
      """)

  func run() throws {
    try FileOutput.standardOutput.write(Array((RecordSchema.document.prettyPrinted + "\n").utf8))
  }
}
