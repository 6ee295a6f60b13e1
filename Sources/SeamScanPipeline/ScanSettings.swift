import SeamScanMedia

/// Every parameter that can change what a scan records.
///
/// Execution settings that never change a record (jobs, output folder,
/// progress) are deliberately not here; they are reported under `timing`.
public struct ScanSettings: Sendable, Hashable {
  public var decode: DecodeOptions
  /// Add the 68 landmarks to each face (records grow about tenfold).
  public var includeLandmarks: Bool
  /// Measure seam and flicker cues around each face (and score them when a model is loaded).
  public var measureCues: Bool

  public init(decode: DecodeOptions = DecodeOptions(), includeLandmarks: Bool = false, measureCues: Bool = true) {
    self.decode = decode
    self.includeLandmarks = includeLandmarks
    self.measureCues = measureCues
  }

  /// The `options` object of the video record.
  var json: JSONObject {
    JSONObject([
      "max_side": .int(decode.maxSide),
      "detail_max_side": .int(DecodeOptions.detailMaxSide),
      "start": JSONValue(decode.start),
      "duration": JSONValue(decode.duration),
      "max_frames": JSONValue(decode.maxFrames),
      "stride": .int(decode.stride),
      "landmarks": .bool(includeLandmarks),
      "cues": .bool(measureCues),
    ])
  }
}
