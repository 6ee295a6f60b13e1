import SeamScanFiles

/// The rule for every file a command writes where the user says (`synth --output`,
/// `faces --draw`, `faces --crops`): an existing file is replaced only with `--force`, and so
/// is the input under any name (hard links included); a folder, link, FIFO or device never is,
/// even with `--force` (``AtomicFile`` checks again when it moves the file into place).
struct OutputFileRule {
  let input: BytePath
  let force: Bool
  /// The command, for messages: "synth", "faces".
  let command: String

  /// Refuses `destination` before any work is done, and removes what killed writes left in its folder.
  func prepare(_ destination: BytePath) throws(OutputRefusal) {
    AtomicFile.removeLeftovers(in: destination.parent)
    let path = destination.display
    if let kind = AtomicFile.obstacle(at: destination) {
      throw OutputRefusal(description: "\(path) is a \(kind.noun), which \(command) never replaces, even with --force")
    }
    guard let existing = FileSystem.status(destination, followLinks: false), !force else { return }
    let isInput = FileSystem.status(input, followLinks: true).map { existing.isSameFile(as: $0) } ?? false
    throw OutputRefusal(
      description: isInput
        ? "\(path) is the input itself: \(command) will not write over it without --force"
        : "\(path) exists: \(command) will not write over it without --force")
  }

  /// Writes `contents` to `destination` atomically, under the same rule.
  func write(_ contents: [UInt8], to destination: BytePath) throws {
    do {
      try AtomicFile.write(contents, to: destination, replacing: force)
    } catch {
      throw refusal(error) ?? error
    }
  }

  /// The refusal for a destination that appeared while the command ran, found by the final move.
  func refusal(_ error: OutputError) -> OutputRefusal? {
    guard error.destinationExists else { return nil }
    return OutputRefusal(
      description: "\(error.target) appeared while \(command) ran and was left as it is (\(error.reason))")
  }
}

/// Why a command would not write an output file: an `output_exists` error record.
struct OutputRefusal: Error, CustomStringConvertible {
  let description: String
}
