/// One decoded frame, in presentation order.
public struct FrameRecord: OutputRecord, Equatable {
  public static let type = RecordType.frame

  /// 0-based index within the analysed range.
  public var frame: Int
  /// Best-effort timestamp in stream time-base units.
  public var pts: Int?
  /// Seconds; `index / fps` where the stream has no timestamps.
  public var ptsTime: Double
  /// 1 or 0, as ffprobe reports it.
  public var keyFrame: Int
  /// `I`, `P`, `B`…
  public var pictType: String
  /// False for frames `--stride` leaves out.
  public var analysed: Bool
  public var faces: [FaceRecord]
  /// The maximum of the scores of the faces that count; null where there is no evidence, never 0.
  public var score: Double?

  public init(
    frame: Int, pts: Int?, ptsTime: Double, keyFrame: Int, pictType: String, analysed: Bool, faces: [FaceRecord],
    score: Double?
  ) {
    self.frame = frame
    self.pts = pts
    self.ptsTime = ptsTime
    self.keyFrame = keyFrame
    self.pictType = pictType
    self.analysed = analysed
    self.faces = faces
    self.score = score
  }
}

/// One face in one frame.
///
/// `landmarks` is present only with `--landmarks`, and the evidence fields
/// (`aligned_size`, `score`, `excluded`, `bias`, `cues`) only when cues are
/// measured; within those, a value that could not be had is null.
public struct FaceRecord: Codable, Sendable, Equatable {
  /// Stable id of the face across frames, from 1.
  public var track: Int
  /// `[x, y, width, height]` in displayed-frame pixels, in the landmark model's convention.
  public var box: [Int]
  /// How well the landmarks fit a face shape: 1 perfect, 0 the gate.
  public var confidence: Double
  public var source: FaceSource
  /// The 68 points `[x, y]` in display pixels.
  public var landmarks: [[Double]]?
  public var evidence: FaceEvidence?

  public init(
    track: Int, box: [Int], confidence: Double, source: FaceSource, landmarks: [[Double]]?, evidence: FaceEvidence?
  ) {
    self.track = track
    self.box = box
    self.confidence = confidence
    self.source = source
    self.landmarks = landmarks
    self.evidence = evidence
  }

  private enum CodingKeys: String, CodingKey {
    case track, box, confidence, source, alignedSize, landmarks, score, excluded, bias, cues
  }

  // Written in the contract's key order, with the optional groups left out when off.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(track, forKey: .track)
    try container.encode(box, forKey: .box)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(source, forKey: .source)
    if let evidence { try container.encodeIfPresent(evidence.alignedSize, forKey: .alignedSize) }
    if let landmarks { try container.encode(landmarks, forKey: .landmarks) }
    if let evidence {
      try container.encodeIfPresent(evidence.score, forKey: .score)
      try container.encodeIfPresent(evidence.excluded, forKey: .excluded)
      try container.encodeIfPresent(evidence.bias, forKey: .bias)
      try container.encodeIfPresent(evidence.cues, forKey: .cues)
    }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    track = try container.decode(Int.self, forKey: .track)
    box = try container.decode([Int].self, forKey: .box)
    confidence = try container.decode(Double.self, forKey: .confidence)
    source = try container.decode(FaceSource.self, forKey: .source)
    landmarks = try container.decodeIfPresent([[Double]].self, forKey: .landmarks)
    evidence =
      container.contains(.cues)
      ? FaceEvidence(
        alignedSize: try container.decodeIfPresent(Int.self, forKey: .alignedSize),
        score: try container.decodeIfPresent(Double.self, forKey: .score),
        excluded: try container.decodeIfPresent(FaceExclusion.self, forKey: .excluded),
        bias: try container.decodeIfPresent(Double.self, forKey: .bias),
        cues: try container.decodeIfPresent(CueTable.self, forKey: .cues))
      : nil
  }
}

/// What the cues and the model said about one face.
public struct FaceEvidence: Sendable, Equatable {
  /// Side of ArcFace's 112-unit alignment square in full-resolution pixels.
  public var alignedSize: Int?
  /// `σ(bias + Σ contribution)`, in [0, 1].
  public var score: Double?
  /// Null when the score counts; otherwise why it does not.
  public var excluded: FaceExclusion?
  public var bias: Double?
  /// Null where the face could not be measured.
  public var cues: CueTable?

  public init(alignedSize: Int?, score: Double?, excluded: FaceExclusion?, bias: Double?, cues: CueTable?) {
    self.alignedSize = alignedSize
    self.score = score
    self.excluded = excluded
    self.bias = bias
    self.cues = cues
  }
}

/// Every cue of a face, in the cue list's order: `{"name": {"value": v, "contribution": c}}`.
public struct CueTable: Codable, Sendable, Equatable {
  public struct Entry: Codable, Sendable, Equatable {
    public var name: String
    /// Null when the cue could not be measured.
    public var value: Double?
    /// `weight × (value − mean) / sd` for the cues the model uses; absent for the others.
    public var contribution: Double?

    public init(name: String, value: Double?, contribution: Double?) {
      self.name = name
      self.value = value
      self.contribution = contribution
    }
  }

  public var entries: [Entry]

  public init(_ entries: [Entry]) { self.entries = entries }

  private enum ValueKeys: String, CodingKey { case value, contribution }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: VerbatimKey.self)
    for entry in entries {
      var cue = container.nestedContainer(keyedBy: ValueKeys.self, forKey: VerbatimKey(entry.name))
      try cue.encodeIfPresent(entry.value, forKey: .value)
      if let contribution = entry.contribution { try cue.encode(contribution, forKey: .contribution) }
    }
  }

  /// Decoded cues come in the decoder's key order, which JSON does not fix.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: VerbatimKey.self)
    entries = try container.allKeys.map { key in
      let cue = try container.nestedContainer(keyedBy: ValueKeys.self, forKey: key)
      return Entry(
        name: key.stringValue, value: try cue.decodeIfPresent(Double.self, forKey: .value),
        contribution: try cue.decodeIfPresent(Double.self, forKey: .contribution))
    }
  }
}

// MARK: - Schema

extension FrameRecord: SchemaDescribed {
  public static let schemaName = "frame"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "One decoded frame, in presentation order.",
      [
        JSONSchema.type(type),
        .init("frame", JSONSchema.integer("0-based index within the analysed range.", minimum: 0)),
        .init("pts", JSONSchema.nullable(JSONSchema.integer("Best-effort timestamp in stream time-base units."))),
        .init("pts_time", JSONSchema.number("Seconds; index / fps where the stream has no timestamps.")),
        .init(
          "key_frame",
          .object(JSONObject(["description": "1 or 0, as ffprobe reports it.", "enum": [0, 1]]))),
        .init("pict_type", JSONSchema.string("I, P, B…")),
        .init("analysed", JSONSchema.boolean("False for frames --stride leaves out.")),
        .init("faces", JSONSchema.array(of: JSONSchema.ref(FaceRecord.self))),
        .init(
          "score",
          JSONSchema.nullable(
            JSONSchema.unit("The maximum of the scores of the faces that count; null where there is no evidence."))),
      ])
  }
}

extension FaceRecord: SchemaDescribed {
  public static let schemaName = "face"

  /// `landmarks` only with `--landmarks`; the evidence keys all together, only when cues are measured.
  public static var jsonSchema: JSONValue {
    let evidence = ["aligned_size", "score", "excluded", "bias", "cues"]
    var requiredTogether = JSONObject()
    for key in evidence { requiredTogether[key] = .array(evidence.filter { $0 != key }.map { .string($0) }) }
    return JSONSchema.object(
      "One face in one frame.",
      [
        .init("track", JSONSchema.integer("Stable id of the face across frames, from 1.", minimum: 1)),
        .init(
          "box",
          JSONSchema.array(
            of: JSONSchema.integer(), count: 4, "[x, y, width, height] in displayed-frame pixels.")),
        .init("confidence", JSONSchema.unit("How well the landmarks fit a face shape: 1 perfect, 0 the gate.")),
        .init("source", JSONSchema.ref(FaceSource.self)),
        .init(
          "aligned_size",
          JSONSchema.nullable(
            JSONSchema.integer("Side of ArcFace's 112-unit alignment square in full-resolution pixels.", minimum: 0)),
          required: false),
        .init(
          "landmarks",
          JSONSchema.array(
            of: JSONSchema.array(of: JSONSchema.number(), count: 2), count: 68,
            "The 68 points [x, y] in display pixels (only with --landmarks)."),
          required: false),
        .init("score", JSONSchema.nullable(JSONSchema.unit("σ(bias + Σ contribution).")), required: false),
        .init("excluded", JSONSchema.nullable(JSONSchema.ref(FaceExclusion.self)), required: false),
        .init("bias", JSONSchema.nullable(JSONSchema.number()), required: false),
        .init("cues", JSONSchema.nullable(JSONSchema.ref(CueTable.self)), required: false),
      ],
      extra: ["dependentRequired": .object(requiredTogether)])
  }
}

extension CueTable: SchemaDescribed {
  public static let schemaName = "cue_table"

  public static var jsonSchema: JSONValue {
    .object(
      JSONObject([
        "description": "Every cue of a face, in the cue list's order, by name.", "type": "object",
        "additionalProperties": JSONSchema.object(
          "One cue.",
          [
            .init("value", JSONSchema.nullable(JSONSchema.number("Null when the cue could not be measured."))),
            .init(
              "contribution",
              JSONSchema.number("weight × (value − mean) / sd, for the cues the model uses."), required: false),
          ]),
      ]))
  }
}
