/// How a track's counted frame scores become its one score; recorded as
/// `{"method": "upper_mean", "fraction": 0.5}` (`fraction` null for the mean).
public enum ScoreAggregation: Sendable, Equatable {
  case mean
  /// Mean after dropping `fraction` of the scores at each end (0 ≤ fraction < 0.5).
  case trimmedMean(fraction: Double)
  /// Mean of the highest `fraction` of scores (0 < fraction ≤ 1): a swap that
  /// fails only in some frames (turns, occlusions) still shows.
  case upperMean(fraction: Double)

  /// The recorded codes of the methods.
  public enum Method: String, Codable, Sendable, CaseIterable {
    case mean
    case trimmedMean = "trimmed_mean"
    case upperMean = "upper_mean"
  }

  public var method: Method {
    switch self {
    case .mean: .mean
    case .trimmedMean: .trimmedMean
    case .upperMean: .upperMean
    }
  }

  public var fraction: Double? {
    switch self {
    case .mean: nil
    case .trimmedMean(let fraction), .upperMean(let fraction): fraction
    }
  }
}

extension ScoreAggregation: Codable {
  private enum CodingKeys: String, CodingKey { case method, fraction }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(method, forKey: .method)
    try container.encode(fraction, forKey: .fraction)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let method = try container.decode(Method.self, forKey: .method)
    let fraction = try container.decodeIfPresent(Double.self, forKey: .fraction)
    switch (method, fraction) {
    case (.mean, nil): self = .mean
    case (.trimmedMean, let fraction?): self = .trimmedMean(fraction: fraction)
    case (.upperMean, let fraction?): self = .upperMean(fraction: fraction)
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .fraction, in: container, debugDescription: "\(method.rawValue) takes a fraction, mean none")
    }
  }
}

extension ScoreAggregation: SchemaDescribed {
  public static let schemaName = "score_aggregation"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "How a track's counted frame scores become its score.",
      [
        .init("method", JSONSchema.ref(Method.self)),
        .init(
          "fraction",
          JSONSchema.nullable(
            JSONSchema.number(
              "Share of the scores kept (upper_mean) or dropped at each end (trimmed_mean); null for the mean.",
              minimum: 0, maximum: 1))),
      ])
  }
}

extension ScoreAggregation.Method: SchemaVocabulary {
  public static let schemaName = "aggregation_method"
  public static let schemaDescription = "The ways a track's frame scores can be aggregated."
}
