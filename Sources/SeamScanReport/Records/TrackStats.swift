import SeamScanForensics
import SeamScanRecords

/// One face track as the frame records show it.
///
/// The records keep each face's score, not each track's; the track score is computed here from
/// the counted frame scores exactly as the scan computes the video score (the aggregation named in
/// the records' options), so the lead track's score equals the summary's `score`.
struct TrackStats: Sendable {
  let id: Int
  var firstFrame: Int
  var lastFrame: Int
  var firstTime: Double
  var lastTime: Double
  /// Frames in which the track has a face.
  var faces = 0
  /// Scores of the faces that count: scored and not excluded.
  var countedScores: [Double] = []
  /// How often each exclusion left a face out.
  var exclusions: [FaceExclusion: Int] = [:]
  var alignedSizes: [Int] = []
  /// The track's aggregate score, when it has at least the model's minimum of counted frames.
  var score: Double?

  init(id: Int, frame: FrameRecord) {
    self.id = id
    firstFrame = frame.frame
    lastFrame = frame.frame
    firstTime = frame.ptsTime
    lastTime = frame.ptsTime
  }

  var medianAlignedSize: Int? {
    let sorted = alignedSizes.sorted()
    return sorted.isEmpty ? nil : sorted[sorted.count / 2]
  }

  /// The commonest reason its faces were left out, when none counted.
  var exclusion: FaceExclusion? {
    guard countedScores.isEmpty else { return nil }
    return exclusions.max { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }?.key
  }

  /// Every track of the frames, in order of appearance, scored with `aggregation` when it has
  /// `minimumFrames` counted frames.
  static func tracks(in frames: [FrameRecord], aggregation: ScoreAggregation?, minimumFrames: Int) -> [TrackStats] {
    var byID: [Int: TrackStats] = [:]
    for frame in frames {
      for face in frame.faces {
        var track = byID[face.track] ?? TrackStats(id: face.track, frame: frame)
        track.lastFrame = frame.frame
        track.lastTime = frame.ptsTime
        track.faces += 1
        if let evidence = face.evidence {
          if let size = evidence.alignedSize { track.alignedSizes.append(size) }
          if let exclusion = evidence.excluded {
            track.exclusions[exclusion, default: 0] += 1
          } else if let score = evidence.score {
            track.countedScores.append(score)
          }
        }
        byID[face.track] = track
      }
    }
    return byID.values.sorted { $0.id < $1.id }.map { track in
      var track = track
      if let aggregation, track.countedScores.count >= minimumFrames {
        track.score = aggregation.aggregate(track.countedScores.map { Float($0) }).map { Double($0) }
      }
      return track
    }
  }

  /// The aggregation the records name, as `String(describing:)` wrote it: `upperMean(fraction: 0.5)`.
  static func aggregation(named name: String) -> ScoreAggregation? {
    if name == "mean" { return .mean }
    for (prefix, make) in [
      ("upperMean(fraction: ", ScoreAggregation.upperMean), ("trimmedMean(fraction: ", ScoreAggregation.trimmedMean),
    ] where name.hasPrefix(prefix) && name.hasSuffix(")") {
      return Float(name.dropFirst(prefix.count).dropLast()).map(make)
    }
    return nil
  }
}
