import ArgumentParser
import SeamScanMedia

/// A number an option takes.
protocol OptionValue: Sendable, Comparable, CustomStringConvertible {
  static var zero: Self { get }
  /// False for infinities and NaN, which no option accepts.
  var isUsable: Bool { get }
}

extension Int: OptionValue {
  var isUsable: Bool { true }
}

extension Double: OptionValue {
  var isUsable: Bool { isFinite }
}

/// One numeric command-line option: its flag, default, accepted values, help text
/// and the key under which the video record's `options` keeps it.
///
/// Every numeric option is declared once here; the commands take their flags,
/// defaults and help from it, validation uses its range, and tests check the
/// records and the README against it.
struct OptionSpec<Value: OptionValue>: Sendable {
  let name: String
  let defaultValue: Value?
  /// The accepted values, above or from a bound; `orZero` also accepts 0 (meaning "off" or "native").
  let lowerBound: Value
  let excludesBound: Bool
  let orZero: Bool
  let help: String
  /// Dotted path in the video record's `options`; nil for settings that never change a record.
  let recordKey: String?

  init(
    name: String, defaultValue: Value?, atLeast lowerBound: Value, excludingBound: Bool = false, orZero: Bool = false,
    help: String, recordKey: String?
  ) {
    self.name = name
    self.defaultValue = defaultValue
    self.lowerBound = lowerBound
    self.excludesBound = excludingBound
    self.orZero = orZero
    self.help = help
    self.recordKey = recordKey
  }

  var flag: NameSpecification { .customLong(name) }

  func validate(_ value: Value?) throws {
    guard let value else { return }
    if orZero, value == .zero { return }
    guard value.isUsable, excludesBound ? value > lowerBound : value >= lowerBound else {
      let bound = "\(excludesBound ? "more than" : "at least") \(lowerBound)"
      throw ValidationError("--\(name) must be \(orZero ? "0 or " : "")\(bound)")
    }
  }
}

/// Name, default, help and record key of an option, whatever its type: for tests and documentation.
struct OptionDescription: Sendable {
  let name: String
  let defaultValue: String
  let help: String
  let recordKey: String?
}

extension OptionSpec {
  var description: OptionDescription {
    OptionDescription(
      name: name, defaultValue: defaultValue.map { "\($0)" } ?? "none", help: help, recordKey: recordKey)
  }
}

/// Every numeric option of the commands.
enum OptionTable {
  // Decoding
  static let maxSide = OptionSpec(
    name: "max-side", defaultValue: 640, atLeast: 32, orZero: true,
    help: "Longest side of the analysis frames in pixels (0 = native).", recordKey: "max_side")
  static let start = OptionSpec<Double>(
    name: "start", defaultValue: nil, atLeast: 0,
    help: "Start analysis this many seconds into each video.", recordKey: "start")
  static let duration = OptionSpec<Double>(
    name: "duration", defaultValue: nil, atLeast: 0, excludingBound: true,
    help: "Analyse this many seconds from the start.", recordKey: "duration")
  static let maxFrames = OptionSpec<Int>(
    name: "max-frames", defaultValue: nil, atLeast: 1, help: "Stop after this many frames.",
    recordKey: "max_frames")
  static let stride = OptionSpec(
    name: "stride", defaultValue: 1, atLeast: 1,
    help: "Analyse every Nth frame; the others still get a frame record.", recordKey: "stride")
  /// Not in the record's options: it decides whether a picture is analysed at all, never what its records say.
  static let maxPixels = OptionSpec(
    name: "max-pixels", defaultValue: DecodeOptions.defaultMaxPixels, atLeast: 1,
    help:
      "Refuse pictures of more pixels, or of more memory decoded than such a picture in 8-bit 4:2:0 (RGB: half as many pixels), before allocating them.",
    recordKey: nil)

  // Face finding
  static let detectEvery = OptionSpec(
    name: "detect-every", defaultValue: 30, atLeast: 1,
    help: "Scan whole frames for new faces every N analysed frames (and on lost tracks and cuts).",
    recordKey: "faces.detect_every")
  static let confirmEvery = OptionSpec(
    name: "confirm-every", defaultValue: 8, atLeast: 1,
    help: "Re-check each tracked face with the cascades every N frames, near where it is.",
    recordKey: "faces.confirm_every")
  static let minFace = OptionSpec(
    name: "min-face", defaultValue: 30, atLeast: 0,
    help: "Smallest face box the cascades look for, in analysis pixels (0 = the cascade's own window).",
    recordKey: "faces.min_face")
  static let minNeighbors = OptionSpec(
    name: "min-neighbors", defaultValue: 3, atLeast: 0,
    help: "Raw cascade hits a face needs (OpenCV's minNeighbors).", recordKey: "faces.min_neighbors")
  static let scaleFactor = OptionSpec(
    name: "scale-factor", defaultValue: 1.1, atLeast: 1, excludingBound: true,
    help: "Step between the cascades' scan sizes (OpenCV's scaleFactor).", recordKey: "faces.scale_factor")
  static let detectSide = OptionSpec(
    name: "detect-side", defaultValue: 0, atLeast: 48, orZero: true,
    help: "Halve frames whose longest side exceeds this before the cascades run (0 = never); landmarks stay full size.",
    recordKey: "faces.detect_side")

  // Scoring
  static let networkEvery = OptionSpec(
    name: "network-every", defaultValue: 4, atLeast: 1, orZero: true,
    help:
      "Read each track's 1st, (1+N)th, … analysed frame with the face network; only those frames get a fused score (0 = network off: the cue model alone).",
    recordKey: "scoring.network.every")

  // Execution: never changes a record
  static let jobs = OptionSpec(
    name: "jobs", defaultValue: 1, atLeast: 1, help: "Inputs analysed at once.", recordKey: nil)
  static let threads = OptionSpec<Int>(
    name: "threads", defaultValue: nil, atLeast: 1,
    help: "Threads at work on each input: frames, cascade scans, decoder (default: all cores).", recordKey: nil)

  static let all: [OptionDescription] = [
    maxSide.description, start.description, duration.description, maxFrames.description, stride.description,
    maxPixels.description,
    detectEvery.description, confirmEvery.description, minFace.description, minNeighbors.description,
    scaleFactor.description, detectSide.description, networkEvery.description, jobs.description,
    threads.description,
  ]
}
