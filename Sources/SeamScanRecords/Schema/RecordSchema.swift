/// The JSON Schema (draft 2020-12) of every record SeamScan writes and of every word they can
/// carry: what `seamscan schema` prints, and what the tests, `Scripts/fuzz.py` and CI validate
/// records against.
public enum RecordSchema {
  /// The record type each `type` value stands for; a new record type cannot be left out.
  public static func describedType(of type: RecordType) -> any SchemaDescribed.Type {
    switch type {
    case .video: return VideoRecord.self
    case .frame: return FrameRecord.self
    case .summary: return SummaryRecord.self
    case .error: return ErrorRecord.self
    case .skipped: return SkippedRecord.self
    case .faces: return FacesRecord.self
    case .synth: return SynthRecord.self
    }
  }

  /// Everything under `$defs`, in the order printed: records, the objects inside them, vocabularies.
  static var definitions: [any SchemaDescribed.Type] {
    RecordType.allCases.map(describedType(of:)) + [
      ToolRecord.self, ModelFileRecord.self, ScanOptions.self, FaceFindingOptions.self, ScoringOptions.self,
      ScoringModeOptions.self, ScoreAggregation.self, FusionOptions.self, NetworkOptions.self, FaceRecord.self,
      CueTable.self, TrackSummary.self, Timing.self, BlendRecord.self,
    ] + [
      RecordType.self, ErrorCode.self, Verdict.self, InconclusiveReason.self, FaceSource.self, FaceExclusion.self,
      ScoringModel.self, TrackExclusion.self, ScoreAggregation.Method.self, InputStatus.self, SynthesisKind.self,
      BlendMask.self, ModelRole.self,
    ]
  }

  /// One record (one line of output) of any type, chosen by its `type`.
  public static var document: JSONValue {
    var definitions = JSONObject()
    for type in Self.definitions { definitions[type.schemaName] = type.jsonSchema }
    let byType: [JSONValue] = RecordType.allCases.map { type in
      .object(
        JSONObject([
          "if": .object(
            JSONObject([
              "properties": .object(JSONObject(["type": .object(JSONObject(["const": .string(type.rawValue)]))]))
            ])),
          "then": JSONSchema.ref(describedType(of: type)),
        ]))
    }
    return .object(
      JSONObject([
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": .string(ToolIdentity.schema),
        "description": .string(
          "One SeamScan record: one line of JSON Lines output of seamscan scan, faces or synth. "
            + "$defs holds each record type (by its type value), the objects inside them and every vocabulary."),
        "type": "object",
        "required": ["type"],
        "properties": .object(JSONObject(["type": JSONSchema.ref(RecordType.self)])),
        "allOf": .array(byType),
        "$defs": .object(definitions),
      ]))
  }
}
