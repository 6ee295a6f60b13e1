import SeamScanMedia

/// Every parameter that can change what a scan records.
///
/// Execution settings that never change a record (jobs, output folder,
/// progress) are deliberately not here; they are reported under `timing`.
public struct ScanSettings: Sendable, Hashable {
  public var decode: DecodeOptions

  public init(decode: DecodeOptions = DecodeOptions()) {
    self.decode = decode
  }

  /// The `options` object of the video record.
  var json: JSONObject {
    JSONObject([
      "max_side": .int(decode.maxSide),
      "start": JSONValue(decode.start),
      "duration": JSONValue(decode.duration),
      "max_frames": JSONValue(decode.maxFrames),
      "stride": .int(decode.stride),
    ])
  }
}
