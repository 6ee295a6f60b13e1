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
}
