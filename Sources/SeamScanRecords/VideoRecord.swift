/// First record of every analysed input: what the file is and how it was analysed.
public struct VideoRecord: OutputRecord, Equatable {
  public static let type = RecordType.video

  public var schema: String
  public var tool: ToolRecord
  /// The input as named; a name that is not UTF-8 is shown escaped (`\xNN`), `-` is stdin.
  public var path: String
  /// The path's exact bytes in hex; present only when they are not valid UTF-8.
  public var pathHex: String?
  /// Bytes.
  public var size: Int
  public var sha256: String
  /// Demuxer name, as ffprobe's `format_name`.
  public var container: String
  public var codec: String
  public var pixFmt: String
  /// Coded picture size, before rotation.
  public var width: Int
  public var height: Int
  /// `"N:D"`, or null where the stream does not say.
  public var sampleAspectRatio: String?
  /// Picture size after sample aspect ratio and rotation.
  public var displayWidth: Int
  public var displayHeight: Int
  /// Display-matrix angle, counter-clockwise, as ffprobe reports it.
  public var rotation: Double
  public var colorRange: String
  public var fps: Double?
  /// Seconds.
  public var duration: Double?
  /// Frame count the container declares.
  public var nbFrames: Int?
  /// Every parameter that can change a record.
  public var options: ScanOptions
  public var models: [ModelFileRecord]

  public static let keysOmittedWhenNull: Set<String> = ["path_hex"]

  public init(
    path: String, pathHex: String? = nil, size: Int, sha256: String, container: String, codec: String, pixFmt: String,
    width: Int,
    height: Int, sampleAspectRatio: String?, displayWidth: Int, displayHeight: Int, rotation: Double,
    colorRange: String, fps: Double?, duration: Double?, nbFrames: Int?, options: ScanOptions,
    models: [ModelFileRecord]
  ) {
    schema = ToolIdentity.schema
    tool = ToolIdentity.record
    self.path = path
    self.pathHex = pathHex
    self.size = size
    self.sha256 = sha256
    self.container = container
    self.codec = codec
    self.pixFmt = pixFmt
    self.width = width
    self.height = height
    self.sampleAspectRatio = sampleAspectRatio
    self.displayWidth = displayWidth
    self.displayHeight = displayHeight
    self.rotation = rotation
    self.colorRange = colorRange
    self.fps = fps
    self.duration = duration
    self.nbFrames = nbFrames
    self.options = options
    self.models = models
  }

  /// The cut-offs and model of `scoringModel` (the summary's `model`), when the input was scored.
  public func scoringMode(_ scoringModel: ScoringModel?) -> ScoringModeOptions? {
    guard let scoring = options.scoring.settings, let scoringModel else { return nil }
    return scoringModel == .still ? scoring.still : scoring.video
  }
}

/// A model file used, with its hash.
public struct ModelFileRecord: Codable, Sendable, Equatable {
  public var role: ModelRole
  public var path: String
  public var sha256: String
  public var size: Int
  /// The Debian package that installs it.
  public var package: String

  public init(role: ModelRole, path: String, sha256: String, size: Int, package: String) {
    self.role = role
    self.path = path
    self.sha256 = sha256
    self.size = size
    self.package = package
  }
}

/// A group of settings that is either off (`false`) or on with its settings (an object).
public enum Switchable<Settings: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
  case off
  case on(Settings)

  public init(_ settings: Settings?) { self = settings.map { .on($0) } ?? .off }

  public var settings: Settings? {
    if case .on(let settings) = self { return settings }
    return nil
  }

  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .off:
      var container = encoder.singleValueContainer()
      try container.encode(false)
    case .on(let settings): try settings.encode(to: encoder)
    }
  }

  public init(from decoder: any Decoder) throws {
    if let flag = try? decoder.singleValueContainer().decode(Bool.self), !flag {
      self = .off
    } else {
      self = .on(try Settings(from: decoder))
    }
  }
}

/// The `options` object of a video record: every parameter that can change a record.
/// Execution settings (jobs, threads, output folder, progress) are not here; they never change one.
public struct ScanOptions: Codable, Sendable, Equatable {
  public var maxSide: Int
  public var detailMaxSide: Int
  public var start: Double?
  public var duration: Double?
  public var maxFrames: Int?
  public var stride: Int
  public var landmarks: Bool
  public var cues: Bool
  public var faces: Switchable<FaceFindingOptions>
  public var scoring: Switchable<ScoringOptions>

  public init(
    maxSide: Int, detailMaxSide: Int, start: Double?, duration: Double?, maxFrames: Int?, stride: Int,
    landmarks: Bool, cues: Bool, faces: FaceFindingOptions?, scoring: ScoringOptions?
  ) {
    self.maxSide = maxSide
    self.detailMaxSide = detailMaxSide
    self.start = start
    self.duration = duration
    self.maxFrames = maxFrames
    self.stride = stride
    self.landmarks = landmarks
    self.cues = cues
    self.faces = Switchable(faces)
    self.scoring = Switchable(scoring)
  }
}

/// How faces were found and tracked.
public struct FaceFindingOptions: Codable, Sendable, Equatable {
  public var frontalCascade: String
  public var profileCascade: String
  /// The fast cascade of the periodic surveys for new faces while faces are tracked.
  public var surveyCascade: String
  public var scaleFactor: Double
  public var minNeighbors: Int
  public var minFace: Int
  public var detectSide: Int
  public var detectEvery: Int
  public var confirmEvery: Int
  public var maxUnconfirmedFrames: Int
  public var sceneCutThreshold: Double
  /// Frames a new track has to be found again in; frames are reported only once it is decided.
  public var decisionFrames: Int
  public var lostSearchFrames: Int
  /// Consecutive frames a track may fail the skin and eye-contrast tests.
  public var appearanceFailureLimit: Int
  public var minimumEyeContrast: Double
  /// Analysed frames after the start and after each cut that get a whole-frame scan too.
  public var openingScans: [Int]
  /// Roll in degrees beyond which a face is followed in a view turned upright around it.
  public var uprightRollLimit: Double
  /// Turns in degrees at which a whole-frame scan that found nothing is repeated.
  public var rollSearchAngles: [Double]

  public init(
    frontalCascade: String, profileCascade: String, surveyCascade: String, scaleFactor: Double, minNeighbors: Int,
    minFace: Int,
    detectSide: Int, detectEvery: Int, confirmEvery: Int, maxUnconfirmedFrames: Int, sceneCutThreshold: Double,
    decisionFrames: Int, lostSearchFrames: Int, appearanceFailureLimit: Int, minimumEyeContrast: Double,
    openingScans: [Int], uprightRollLimit: Double, rollSearchAngles: [Double]
  ) {
    self.frontalCascade = frontalCascade
    self.profileCascade = profileCascade
    self.surveyCascade = surveyCascade
    self.scaleFactor = scaleFactor
    self.minNeighbors = minNeighbors
    self.minFace = minFace
    self.detectSide = detectSide
    self.detectEvery = detectEvery
    self.confirmEvery = confirmEvery
    self.maxUnconfirmedFrames = maxUnconfirmedFrames
    self.sceneCutThreshold = sceneCutThreshold
    self.decisionFrames = decisionFrames
    self.lostSearchFrames = lostSearchFrames
    self.appearanceFailureLimit = appearanceFailureLimit
    self.minimumEyeContrast = minimumEyeContrast
    self.openingScans = openingScans
    self.uprightRollLimit = uprightRollLimit
    self.rollSearchAngles = rollSearchAngles
  }
}

/// The trained models and how their scores become verdicts.
public struct ScoringOptions: Codable, Sendable, Equatable {
  /// Version of the cue list the models read.
  public var cues: String
  public var video: ScoringModeOptions
  public var still: ScoringModeOptions
  /// How a track's counted frame scores become its score; null in records of schema 1, which
  /// named it in free text (kept in `aggregationText`).
  public var aggregation: ScoreAggregation?
  /// Schema 1's description of the aggregation, as written; nil in records of schema 2.
  public var aggregationText: String?
  public var minimumConfidence: Double
  /// The learned face model's cadence and input, or `false` when it is off.
  public var network: Switchable<NetworkOptions>

  public init(
    cues: String, video: ScoringModeOptions, still: ScoringModeOptions, aggregation: ScoreAggregation,
    minimumConfidence: Double, network: Switchable<NetworkOptions>
  ) {
    self.cues = cues
    self.video = video
    self.still = still
    self.aggregation = aggregation
    self.minimumConfidence = minimumConfidence
    self.network = network
  }

  private enum CodingKeys: String, CodingKey { case cues, video, still, aggregation, minimumConfidence, network }

  /// Records written before the face network have no `network`: it was off. Records of schema 1
  /// describe the aggregation in text; it is kept as text, never parsed.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    cues = try container.decode(String.self, forKey: .cues)
    video = try container.decode(ScoringModeOptions.self, forKey: .video)
    still = try container.decode(ScoringModeOptions.self, forKey: .still)
    if let text = try? container.decode(String.self, forKey: .aggregation) {
      aggregationText = text
    } else {
      aggregation = try container.decode(ScoreAggregation.self, forKey: .aggregation)
    }
    minimumConfidence = try container.decode(Double.self, forKey: .minimumConfidence)
    network = try container.decodeIfPresent(Switchable<NetworkOptions>.self, forKey: .network) ?? .off
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(cues, forKey: .cues)
    try container.encode(video, forKey: .video)
    try container.encode(still, forKey: .still)
    if let aggregationText {
      try container.encode(aggregationText, forKey: .aggregation)
    } else {
      try container.encode(aggregation, forKey: .aggregation)
    }
    try container.encode(minimumConfidence, forKey: .minimumConfidence)
    try container.encode(network, forKey: .network)
  }
}

/// How the face network reads each track (its file is in the record's `models`).
public struct NetworkOptions: Codable, Sendable, Equatable {
  /// The network reads the 1st, (1 + every)th, … analysed frame of each track.
  public var every: Int
  /// The side of the square it reads, box-averaged from the 256-px aligned crop.
  public var inputSide: Int

  public init(every: Int, inputSide: Int) {
    self.every = every
    self.inputSide = inputSide
  }
}

/// The fused score's weights: `σ(bias + cue_weight · cue logit + network_weight · network logit)`.
public struct FusionOptions: Codable, Sendable, Equatable {
  /// The fused model's name, under which its error rates are measured.
  public var version: String
  public var bias: Double
  public var cueWeight: Double
  public var networkWeight: Double

  public init(version: String, bias: Double, cueWeight: Double, networkWeight: Double) {
    self.version = version
    self.bias = bias
    self.cueWeight = cueWeight
    self.networkWeight = networkWeight
  }
}

/// One model (video or still), its cut-offs and how many detections a scored face needs.
public struct ScoringModeOptions: Codable, Sendable, Equatable {
  public var model: String
  public var noEvidenceBelow: Double
  public var likelyManipulatedFrom: Double
  public var minimumFrames: Int
  public var requiredConfirmations: Int
  /// How the network joins the cue model; null when the network is off.
  public var fusion: FusionOptions?

  public init(
    model: String, noEvidenceBelow: Double, likelyManipulatedFrom: Double, minimumFrames: Int,
    requiredConfirmations: Int, fusion: FusionOptions?
  ) {
    self.model = model
    self.noEvidenceBelow = noEvidenceBelow
    self.likelyManipulatedFrom = likelyManipulatedFrom
    self.minimumFrames = minimumFrames
    self.requiredConfirmations = requiredConfirmations
    self.fusion = fusion
  }

  /// The model whose score the verdict reads: the fusion where the face network was on, else the cue model.
  public var judgedBy: String { fusion?.version ?? model }
}

// MARK: - Schema

extension VideoRecord: SchemaDescribed {
  public static let schemaName = "video"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "First record of every analysed input: what the file is and how it was analysed.",
      [
        JSONSchema.type(type),
        JSONSchema.schemaVersion,
        .init("tool", JSONSchema.ref(ToolRecord.self)),
        .init(
          "path",
          JSONSchema.string("The input as named; a name that is not UTF-8 escaped (\\xNN); - is standard input.")),
        .init("path_hex", JSONSchema.pathHex, required: false),
        .init("size", JSONSchema.integer("Bytes.", minimum: 0)),
        .init("sha256", JSONSchema.sha256),
        .init("container", JSONSchema.string("Demuxer name, as ffprobe's format_name.")),
        .init("codec", JSONSchema.string()),
        .init("pix_fmt", JSONSchema.string()),
        .init("width", JSONSchema.integer("Coded picture width, before rotation.", minimum: 0)),
        .init("height", JSONSchema.integer("Coded picture height, before rotation.", minimum: 0)),
        .init("sample_aspect_ratio", JSONSchema.nullable(JSONSchema.string("N:D", pattern: "^[0-9]+:[0-9]+$"))),
        .init("display_width", JSONSchema.integer("After sample aspect ratio and rotation.", minimum: 0)),
        .init("display_height", JSONSchema.integer("After sample aspect ratio and rotation.", minimum: 0)),
        .init("rotation", JSONSchema.number("Display-matrix angle, counter-clockwise, as ffprobe reports it.")),
        .init("color_range", JSONSchema.string()),
        .init("fps", JSONSchema.nullable(JSONSchema.number(minimum: 0))),
        .init("duration", JSONSchema.nullable(JSONSchema.number("Seconds.", minimum: 0))),
        .init("nb_frames", JSONSchema.nullable(JSONSchema.integer("Frame count the container declares.", minimum: 0))),
        .init("options", JSONSchema.ref(ScanOptions.self)),
        .init("models", JSONSchema.array(of: JSONSchema.ref(ModelFileRecord.self))),
      ])
  }
}

extension ModelFileRecord: SchemaDescribed {
  public static let schemaName = "model_file"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "A model file used, with its hash.",
      [
        .init("role", JSONSchema.ref(ModelRole.self)),
        .init("path", JSONSchema.string()),
        .init("sha256", JSONSchema.sha256),
        .init("size", JSONSchema.integer("Bytes.", minimum: 0)),
        .init("package", JSONSchema.string("The Debian package that installs it (seamscan for the face network).")),
      ])
  }
}

extension ScanOptions: SchemaDescribed {
  public static let schemaName = "scan_options"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "Every parameter that can change a record.",
      [
        .init("max_side", JSONSchema.integer(minimum: 0)),
        .init("detail_max_side", JSONSchema.integer(minimum: 0)),
        .init("start", JSONSchema.nullable(JSONSchema.number(minimum: 0))),
        .init("duration", JSONSchema.nullable(JSONSchema.number(minimum: 0))),
        .init("max_frames", JSONSchema.nullable(JSONSchema.integer(minimum: 0))),
        .init("stride", JSONSchema.integer(minimum: 1)),
        .init("landmarks", JSONSchema.boolean()),
        .init("cues", JSONSchema.boolean()),
        .init("faces", JSONSchema.switchable(FaceFindingOptions.self)),
        .init("scoring", JSONSchema.switchable(ScoringOptions.self)),
      ])
  }
}

extension FaceFindingOptions: SchemaDescribed {
  public static let schemaName = "face_finding_options"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "How faces were found and tracked.",
      [
        .init("frontal_cascade", JSONSchema.string()),
        .init("profile_cascade", JSONSchema.string()),
        .init("survey_cascade", JSONSchema.string()),
        .init("scale_factor", JSONSchema.number()),
        .init("min_neighbors", JSONSchema.integer()),
        .init("min_face", JSONSchema.integer()),
        .init("detect_side", JSONSchema.integer()),
        .init("detect_every", JSONSchema.integer()),
        .init("confirm_every", JSONSchema.integer()),
        .init("max_unconfirmed_frames", JSONSchema.integer()),
        .init("scene_cut_threshold", JSONSchema.number()),
        .init("decision_frames", JSONSchema.integer()),
        .init("lost_search_frames", JSONSchema.integer()),
        .init("appearance_failure_limit", JSONSchema.integer()),
        .init("minimum_eye_contrast", JSONSchema.number()),
        .init("opening_scans", JSONSchema.array(of: JSONSchema.integer())),
        .init("upright_roll_limit", JSONSchema.number()),
        .init("roll_search_angles", JSONSchema.array(of: JSONSchema.number())),
      ])
  }
}

extension ScoringOptions: SchemaDescribed {
  public static let schemaName = "scoring_options"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "The trained models and how their scores become verdicts.",
      [
        .init("cues", JSONSchema.string("Version of the cue list the models read.")),
        .init("video", JSONSchema.ref(ScoringModeOptions.self)),
        .init("still", JSONSchema.ref(ScoringModeOptions.self)),
        .init("aggregation", JSONSchema.ref(ScoreAggregation.self)),
        .init("minimum_confidence", JSONSchema.unit()),
        .init("network", JSONSchema.switchable(NetworkOptions.self)),
      ])
  }
}

extension NetworkOptions: SchemaDescribed {
  public static let schemaName = "network_options"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "How the face network reads each track.",
      [
        .init(
          "every", JSONSchema.integer("It reads the 1st, (1 + every)th, … analysed frame of each track.", minimum: 1)),
        .init("input_side", JSONSchema.integer("The side of the square it reads.", minimum: 1)),
      ])
  }
}

extension FusionOptions: SchemaDescribed {
  public static let schemaName = "fusion_options"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "The fused score's weights: σ(bias + cue_weight · cue logit + network_weight · network logit).",
      [
        .init("version", JSONSchema.string("The fused model's name, under which its error rates are measured.")),
        .init("bias", JSONSchema.number()),
        .init("cue_weight", JSONSchema.number()),
        .init("network_weight", JSONSchema.number()),
      ])
  }
}

extension ScoringModeOptions: SchemaDescribed {
  public static let schemaName = "scoring_mode_options"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "One model (video or still), its cut-offs and how many detections a scored face needs.",
      [
        .init("model", JSONSchema.string()),
        .init("no_evidence_below", JSONSchema.unit()),
        .init("likely_manipulated_from", JSONSchema.unit()),
        .init("minimum_frames", JSONSchema.integer(minimum: 1)),
        .init("required_confirmations", JSONSchema.integer(minimum: 0)),
        .init("fusion", JSONSchema.nullable(JSONSchema.ref(FusionOptions.self))),
      ])
  }
}
