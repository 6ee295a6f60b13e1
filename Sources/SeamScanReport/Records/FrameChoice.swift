import SeamScanRecords

/// A face in a frame chosen to be shown.
struct ChosenFace: Sendable {
  let frame: FrameRecord
  let face: FaceRecord
  var score: Double { face.evidence?.score ?? 0 }
}

/// Picks the most suspicious frames from different moments.
enum FrameChoice {
  /// The `count` highest face scores at least `gap` seconds apart, highest first. Faces whose
  /// score counts are preferred; excluded faces are shown only when no face counted.
  static func mostSuspicious(_ frames: [FrameRecord], count: Int, gap: Double) -> [ChosenFace] {
    var counted: [ChosenFace] = []
    var excluded: [ChosenFace] = []
    for frame in frames {
      for face in frame.faces {
        guard let evidence = face.evidence, evidence.score != nil else { continue }
        if evidence.excluded == nil {
          counted.append(ChosenFace(frame: frame, face: face))
        } else {
          excluded.append(ChosenFace(frame: frame, face: face))
        }
      }
    }
    let candidates = (counted.isEmpty ? excluded : counted).sorted {
      $0.score != $1.score ? $0.score > $1.score : ($0.frame.frame, $0.face.track) < ($1.frame.frame, $1.face.track)
    }
    var chosen: [ChosenFace] = []
    for candidate in candidates where chosen.count < count {
      if chosen.allSatisfy({ abs($0.frame.ptsTime - candidate.frame.ptsTime) >= gap }) { chosen.append(candidate) }
    }
    return chosen
  }

  /// Two seconds, or less on short clips so that `count` frames can still be far apart.
  static func gap(for frames: [FrameRecord], count: Int) -> Double {
    guard let first = frames.first?.ptsTime, let last = frames.last?.ptsTime, count > 0 else { return 0 }
    return min(2, (last - first) / Double(2 * count))
  }
}
