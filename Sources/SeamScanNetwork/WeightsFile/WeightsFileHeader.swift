/// The JSON header of a weights file, as written; `FaceNetwork(weightsFile:)` checks it.
struct WeightsFileHeader: Decodable {
  struct Input: Decodable {
    var channels: Int
    var height: Int
    var width: Int
    var mean: [Float]
    var std: [Float]
  }

  /// One layer: `kind` is `convolution`, `relu`, `max_pool`, `average_pool`,
  /// `global_average_pool`, `dense` or `sigmoid`; each kind needs its own sizes.
  struct LayerEntry: Decodable {
    var kind: String
    var inChannels: Int?
    var outChannels: Int?
    var kernel: Int?
    var stride: Int?
    var padding: Int?
    var groups: Int?
    var inFeatures: Int?
    var outFeatures: Int?

    enum CodingKeys: String, CodingKey {
      case kind, kernel, stride, padding, groups
      case inChannels = "in_channels"
      case outChannels = "out_channels"
      case inFeatures = "in_features"
      case outFeatures = "out_features"
    }
  }

  var input: Input
  var layers: [LayerEntry]
}
