import SeamScanRecords

/// One face track as the summary records it, with the times of its first and last frame for
/// the page. Nothing is scored here: the scan recorded each track's result.
struct TrackStats: Sendable {
  let recorded: TrackSummary
  let firstTime: Double
  let lastTime: Double

  var id: Int { recorded.track }
  var faces: Int { recorded.frames }
  var framesCounted: Int { recorded.framesCounted }
  var score: Double? { recorded.score }
  var medianAlignedSize: Int? { recorded.medianAlignedSize }
  var notCounted: TrackExclusion? { recorded.notCounted }
  /// Why its faces were left out, when none counted; nil for a track that counts or merely has
  /// too few counted frames.
  var faceExclusion: FaceExclusion? { notCounted?.faceExclusion }

  /// The summary's tracks, in the order of their numbers; nil in records that hold none
  /// (schema 1, or an input whose summary is missing).
  static func tracks(of input: InputRecords) -> [TrackStats]? {
    guard let tracks = input.summary?.tracks else { return nil }
    let times = Dictionary(input.frames.map { ($0.frame, $0.ptsTime) }, uniquingKeysWith: { first, _ in first })
    return tracks.map { track in
      TrackStats(
        recorded: track, firstTime: times[track.firstFrame] ?? 0, lastTime: times[track.lastFrame] ?? 0)
    }
  }
}
