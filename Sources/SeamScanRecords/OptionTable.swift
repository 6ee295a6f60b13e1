/// Every command-line option that can change a record, with the key under which the video
/// record's `options` keeps it, and the settings there that no option changes.
///
/// The commands take their flags, defaults, help and accepted values from here, and the report
/// its command that repeats a scan; tests check that every key of `options` is in this table.
public enum OptionTable {
  // Decoding
  public static let maxSide = OptionSpec(
    name: "max-side", defaultValue: 640, atLeast: 32, orZero: true,
    help: "Longest side of the analysis frames in pixels (0 = native).", recordKey: "max_side")
  public static let start = OptionSpec<Double>(
    name: "start", defaultValue: nil, atLeast: 0,
    help: "Start analysis this many seconds into each video.", recordKey: "start")
  public static let duration = OptionSpec<Double>(
    name: "duration", defaultValue: nil, atLeast: 0, excludingBound: true,
    help: "Analyse this many seconds from the start.", recordKey: "duration")
  public static let maxFrames = OptionSpec<Int>(
    name: "max-frames", defaultValue: nil, atLeast: 1, help: "Stop after this many frames.",
    recordKey: "max_frames")
  public static let stride = OptionSpec(
    name: "stride", defaultValue: 1, atLeast: 1,
    help: "Analyse every Nth frame; the others still get a frame record.", recordKey: "stride")
  /// Not in the record's options: it decides whether a picture is analysed at all, never what its records say.
  public static let maxPixels = OptionSpec(
    name: "max-pixels", defaultValue: 100_000_000, atLeast: 1,
    help:
      "Refuse pictures of more pixels, or of more memory decoded than such a picture in 8-bit 4:2:0 (RGB: half as many pixels), before allocating them.",
    recordKey: nil)

  // What is recorded and measured
  public static let landmarks = SwitchSpec(
    name: "landmarks", help: "Add the 68 landmarks of each face to the frame records.", recordKey: "landmarks",
    recordedAs: true)
  public static let noFaces = SwitchSpec(
    name: "no-faces", help: "Decode and record frames only, without face finding or scores.", recordKey: "faces",
    recordedAs: false)
  public static let noScore = SwitchSpec(
    name: "no-score", help: "Find and track faces, but measure no cues and give no scores.", recordKey: "cues",
    recordedAs: false)

  // Face finding
  public static let detectEvery = OptionSpec(
    name: "detect-every", defaultValue: 30, atLeast: 1,
    help: "Scan whole frames for new faces every N analysed frames (and on lost tracks and cuts).",
    recordKey: "faces.detect_every")
  public static let confirmEvery = OptionSpec(
    name: "confirm-every", defaultValue: 8, atLeast: 1,
    help: "Re-check each tracked face with the cascades every N frames, near where it is.",
    recordKey: "faces.confirm_every")
  public static let minFace = OptionSpec(
    name: "min-face", defaultValue: 30, atLeast: 0,
    help: "Smallest face box the cascades look for, in analysis pixels (0 = the cascade's own window).",
    recordKey: "faces.min_face")
  public static let minNeighbors = OptionSpec(
    name: "min-neighbors", defaultValue: 3, atLeast: 0,
    help: "Raw cascade hits a face needs (OpenCV's minNeighbors).", recordKey: "faces.min_neighbors")
  public static let scaleFactor = OptionSpec(
    name: "scale-factor", defaultValue: 1.1, atLeast: 1, excludingBound: true,
    help: "Step between the cascades' scan sizes (OpenCV's scaleFactor).", recordKey: "faces.scale_factor")
  public static let detectSide = OptionSpec(
    name: "detect-side", defaultValue: 0, atLeast: 48, orZero: true,
    help: "Halve frames whose longest side exceeds this before the cascades run (0 = never); landmarks stay full size.",
    recordKey: "faces.detect_side")

  // Scoring
  public static let networkEvery = OptionSpec(
    name: "network-every", defaultValue: 4, atLeast: 1, orZero: true,
    help:
      "Read each track's 1st, (1+N)th, … analysed frame with the face network; only those frames get a fused score (0 = network off: the cue model alone).",
    recordKey: "scoring.network.every", offGroup: "scoring.network")

  // Execution: never changes a record
  public static let jobs = OptionSpec(
    name: "jobs", defaultValue: 1, atLeast: 1, help: "Inputs analysed at once.", recordKey: nil)
  public static let threads = OptionSpec<Int>(
    name: "threads", defaultValue: nil, atLeast: 1,
    help: "Threads at work on each input, the decoder's included (default: all cores, the decoder besides).",
    recordKey: nil)

  /// Every option above, in the order a command that repeats a scan gives them.
  public static let rows: [OptionRow] = [
    maxSide.row, start.row, duration.row, maxFrames.row, stride.row, maxPixels.row, landmarks.row, noFaces.row,
    noScore.row, minFace.row, minNeighbors.row, scaleFactor.row, detectSide.row, detectEvery.row, confirmEvery.row,
    networkEvery.row, jobs.row, threads.row,
  ]

  /// Keys of `options` that no option changes: the tool version fixes them. A key stands for
  /// everything under it.
  public static let fixedKeys = [
    "detail_max_side", "faces.frontal_cascade", "faces.profile_cascade", "faces.survey_cascade",
    "faces.max_unconfirmed_frames", "faces.scene_cut_threshold", "faces.decision_frames", "faces.lost_search_frames",
    "faces.appearance_failure_limit", "faces.minimum_eye_contrast", "faces.opening_scans",
    "faces.upright_roll_limit", "faces.roll_search_angles", "scoring.cues", "scoring.video", "scoring.still",
    "scoring.aggregation", "scoring.minimum_confidence", "scoring.network.input_side",
  ]

  /// The options, with their values, that give a scan these recorded `options` again.
  public static func arguments(reproducing options: ScanOptions) -> [String] {
    // Options are plain data; encoding them cannot fail.
    guard case .object(let object) = try! RecordEncoder.encode(options) else {
      preconditionFailure("options are an object")
    }
    return rows.flatMap { $0.arguments(object) }
  }
}

/// A number an option takes.
public protocol OptionValue: Sendable, Comparable, CustomStringConvertible {
  static var zero: Self { get }
  /// False for infinities and NaN, which no option accepts.
  var isUsable: Bool { get }
}

extension Int: OptionValue {
  public var isUsable: Bool { true }
}

extension Double: OptionValue {
  public var isUsable: Bool { isFinite }
}

/// One numeric option: its flag, default, accepted values, help text and record key.
public struct OptionSpec<Value: OptionValue>: Sendable {
  /// The flag without its `--`.
  public let name: String
  public let defaultValue: Value?
  /// The accepted values, above or from a bound; `orZero` also accepts 0 (meaning "off" or "native").
  public let lowerBound: Value
  public let excludesBound: Bool
  public let orZero: Bool
  public let help: String
  /// Dotted path in the video record's `options`; nil for settings that never change a record.
  public let recordKey: String?
  /// The group of `options` that is `false` when this option is 0 (off).
  public let offGroup: String?

  init(
    name: String, defaultValue: Value?, atLeast lowerBound: Value, excludingBound: Bool = false, orZero: Bool = false,
    help: String, recordKey: String?, offGroup: String? = nil
  ) {
    self.name = name
    self.defaultValue = defaultValue
    self.lowerBound = lowerBound
    self.excludesBound = excludingBound
    self.orZero = orZero
    self.help = help
    self.recordKey = recordKey
    self.offGroup = offGroup
  }

  /// Why `value` is refused; nil when it is accepted, as is no value.
  public func problem(with value: Value?) -> String? {
    guard let value else { return nil }
    if orZero, value == .zero { return nil }
    if value.isUsable, excludesBound ? value > lowerBound : value >= lowerBound { return nil }
    return "--\(name) must be \(orZero ? "0 or " : "")\(excludesBound ? "more than" : "at least") \(lowerBound)"
  }

  var row: OptionRow {
    OptionRow(name: name, recordKey: recordKey, defaultValue: defaultValue.map(\.description), help: help) {
      [name, recordKey, offGroup] options in
      switch OptionRow.lookup(recordKey, in: options) {
      case .value(.int(let number)): return ["--" + name, String(number)]
      case .value(.double(let number)): return ["--" + name, JSONValue.format(number)]
      case .off(let group) where group == offGroup: return ["--" + name, "0"]
      default: return []
      }
    }
  }
}

/// A flag without a value, recorded as `true` or `false` under its key.
public struct SwitchSpec: Sendable {
  /// The flag without its `--`.
  public let name: String
  public let help: String
  public let recordKey: String
  /// What the record holds under `recordKey` when the flag is given.
  public let recordedAs: Bool

  var row: OptionRow {
    OptionRow(name: name, recordKey: recordKey, defaultValue: nil, help: help) { [name, recordKey, recordedAs] in
      OptionRow.lookup(recordKey, in: $0) == .value(.bool(recordedAs)) ? ["--" + name] : []
    }
  }
}

/// An option of the table, whatever its value.
public struct OptionRow: Sendable {
  /// The flag without its `--`.
  public let name: String
  public let recordKey: String?
  /// The default as the help shows it; nil where there is none.
  public let defaultValue: String?
  public let help: String
  /// The arguments that give a recorded `options` object its value under `recordKey`.
  let arguments: @Sendable (JSONObject) -> [String]

  enum Lookup: Equatable {
    /// What the record holds under the key.
    case value(JSONValue)
    /// A group above the key is `false` (off), so nothing under it is recorded; its key.
    case off(String)
    case missing
  }

  /// The value under a dotted key of `options`.
  static func lookup(_ key: String?, in options: JSONObject) -> Lookup {
    guard let key else { return .missing }
    let parts = key.split(separator: ".").map(String.init)
    var object = options
    for (depth, part) in parts.enumerated() {
      guard let value = object[part] else { return .missing }
      if depth == parts.count - 1 { return .value(value) }
      switch value {
      case .object(let inner): object = inner
      case .bool(false): return .off(parts[...depth].joined(separator: "."))
      default: return .missing
      }
    }
    return .missing
  }
}
