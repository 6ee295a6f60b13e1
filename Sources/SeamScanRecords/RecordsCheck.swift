import SeamScanFiles

/// Whether an output file's records are what a scan writes: in order (a `video` record, its
/// `frame`s in increasing frame order, at most one `error` for a partly readable input, a
/// `summary`; or one lone `error` or `skipped` record), with as many frames as the summary
/// counts, values within the schema's ranges, and a verdict that follows from the recorded score
/// and the thresholds the video record carries in `options.scoring`. Nothing is scored again:
/// the records are only compared with themselves. The report checks every records file with it
/// before showing one, and `--resume` every earlier output before keeping one. A file that ends
/// without its summary (the records of an interrupted scan captured from standard output) is
/// not damaged by that alone: readers say it is incomplete.
public struct RecordsCheck: Sendable {
  /// Scores and thresholds are written to six decimals; a verdict within this of a threshold
  /// stands, whichever side the rounding put it on.
  static let rounding = 1e-6

  /// What no scan writes, each said for a person, in the order the records were checked.
  public private(set) var problems: [String] = []

  private enum Place { case start, frames, afterError, end }
  private var place = Place.start
  private var records = 0
  private var video: VideoRecord?
  private var summary: SummaryRecord?
  private var lastFrame = -1
  private var frames = 0
  private var framesAnalysed = 0
  /// Faces in the frame records, by track number: the summary's tracks must account for them.
  private var facesByTrack: [Int: Int] = [:]

  public init() {}

  /// Checks the next record of the file.
  public mutating func add(_ record: Record) {
    records += 1
    switch (record, place) {
    case (.video(let first), .start):
      video = first
      place = .frames
      check(first)
    case (.error, .start), (.skipped, .start):
      place = .end
    case (.frame(let frame), .frames) where frame.frame > lastFrame:
      lastFrame = frame.frame
      frames += 1
      if frame.analysed { framesAnalysed += 1 }
      check(frame)
    case (.error, .frames):
      place = .afterError
    case (.summary(let last), .frames), (.summary(let last), .afterError):
      summary = last
      place = .end
      check(last, video: video)
    default:
      problems.append("record \(records) is out of place (a \(record.type.rawValue) record where a scan writes none)")
      place = .end
    }
  }

  /// After the last record: the counts that tie the frames to the summary.
  public mutating func finish() {
    if records == 0 { problems.append("the file holds no record") }
    guard let summary else { return }
    if frames != summary.framesDecoded || framesAnalysed != summary.framesAnalysed {
      problems.append(
        "\(frames) frame records (\(framesAnalysed) analysed) where the summary counts \(summary.framesDecoded) "
          + "(\(summary.framesAnalysed))")
    }
    if let tracks = summary.tracks {
      let summarised = Dictionary(tracks.map { ($0.track, $0.frames) }, uniquingKeysWith: +)
      if summarised != facesByTrack {
        problems.append("summary: tracks do not account for the faces of the frame records, track by track")
      }
    }
    // The container's declared count (`nb_frames`) is no check: an MP4 edit list can show fewer
    // frames than it holds packets (3 of 366 real training files).
  }

  /// The problems of a whole file's records.
  public static func problems(in records: some Sequence<Record>) -> [String] {
    var check = RecordsCheck()
    for record in records { check.add(record) }
    check.finish()
    return check.problems
  }

  private mutating func check(_ video: VideoRecord) {
    if let hex = video.pathHex, BytePath(hex: hex) == nil {
      problems.append("video: path_hex is not bytes in hexadecimal")
    }
    sha256(video.sha256, in: "video")
    for (field, value) in [
      ("size", video.size), ("width", video.width), ("height", video.height), ("display_width", video.displayWidth),
      ("display_height", video.displayHeight), ("nb_frames", video.nbFrames),
      ("options.max_side", video.options.maxSide),
      ("options.max_frames", video.options.maxFrames),
    ] {
      atLeast(0, value, field, in: "video")
    }
    atLeast(1, video.options.stride, "options.stride", in: "video")
    for (field, value) in [
      ("fps", video.fps), ("duration", video.duration), ("options.start", video.options.start),
      ("options.duration", video.options.duration),
    ] {
      atLeast(0, value, field, in: "video")
    }
    guard let scoring = video.options.scoring.settings else { return }
    if video.schema != ToolIdentity.previousSchema, scoring.aggregation == nil {
      problems.append("video: options.scoring.aggregation is not an aggregation")
    }
    unit(scoring.minimumConfidence, "options.scoring.minimum_confidence", in: "video")
    for (name, mode) in [("video", scoring.video), ("still", scoring.still)] {
      let field = "options.scoring.\(name)"
      unit(mode.noEvidenceBelow, field + ".no_evidence_below", in: "video")
      unit(mode.likelyManipulatedFrom, field + ".likely_manipulated_from", in: "video")
      atLeast(1, mode.minimumFrames, field + ".minimum_frames", in: "video")
      if mode.noEvidenceBelow > mode.likelyManipulatedFrom {
        problems.append("video: \(field) has its thresholds the wrong way round")
      }
    }
  }

  private mutating func check(_ frame: FrameRecord) {
    let place = "frame \(frame.frame)"
    atLeast(0, frame.frame, "frame", in: place)
    if !frame.ptsTime.isFinite { problems.append("\(place): pts_time \(Self.shown(frame.ptsTime)) is not a time") }
    unit(frame.score, "score", in: place)
    for face in frame.faces {
      let place = "\(place), track \(face.track)"
      atLeast(1, face.track, "track", in: place)
      facesByTrack[face.track, default: 0] += 1
      if face.box.count != 4 || face.box[2] < 0 || face.box[3] < 0 {
        problems.append("\(place): box is not [x, y, width, height]")
      }
      atLeast(0, face.evidence?.alignedSize, "aligned_size", in: place)
      unit(face.evidence?.score, "score", in: place)
    }
  }

  private mutating func check(_ summary: SummaryRecord, video: VideoRecord?) {
    sha256(summary.sha256, in: "summary")
    for (field, value) in [
      ("frames_decoded", summary.framesDecoded), ("frames_analysed", summary.framesAnalysed),
      ("decode_errors", summary.decodeErrors), ("frames_with_face", summary.framesWithFace),
    ] {
      atLeast(0, value, field, in: "summary")
    }
    if summary.framesAnalysed > summary.framesDecoded || summary.framesWithFace > summary.framesAnalysed {
      problems.append("summary: frames_with_face ≤ frames_analysed ≤ frames_decoded does not hold")
    }
    for cut in summary.sceneCuts ?? [] { atLeast(0, cut, "scene_cuts", in: "summary") }
    unit(summary.score, "score", in: "summary")
    let scored = video?.options.scoring.settings != nil && summary.model != nil
    for track in summary.tracks ?? [] { check(track, scored: scored) }
    if scored, let tracks = summary.tracks {
      let highest = tracks.compactMap(\.score).max()
      if (highest == nil) != (summary.score == nil) || abs((highest ?? 0) - (summary.score ?? 0)) > Self.rounding {
        problems.append("summary: score is not the highest track score")
      }
    }
    // Schema 1 did not record which model judged: its verdicts cannot be checked against thresholds.
    guard video?.schema != ToolIdentity.previousSchema else { return }
    verdict(summary, mode: video?.scoringMode(summary.model))
  }

  private mutating func check(_ track: TrackSummary, scored: Bool) {
    let place = "summary, track \(track.track)"
    atLeast(1, track.track, "track", in: place)
    atLeast(0, track.framesCounted, "frames_counted", in: place)
    atLeast(0, track.medianAlignedSize, "median_aligned_size", in: place)
    unit(track.score, "score", in: place)
    if track.framesCounted > track.frames || track.firstFrame > track.lastFrame {
      problems.append("\(place): frames_counted ≤ frames and first_frame ≤ last_frame do not hold")
    }
    if scored, (track.score == nil) == (track.notCounted == nil) {
      problems.append("\(place): a scored track has a score or a reason it does not count, not both")
    }
  }

  /// The verdict against the score and the thresholds of the model that judged the input.
  private mutating func verdict(_ summary: SummaryRecord, mode: ScoringModeOptions?) {
    let verdict = summary.verdict
    if (verdict == .inconclusive) != (summary.reason != nil) {
      problems.append("summary: a reason goes with the verdict “inconclusive”, and only with it")
    }
    guard let verdict, verdict != .noFace else {
      if verdict == .noFace, summary.framesWithFace > 0 {
        problems.append("summary: verdict “no face” contradicts \(summary.framesWithFace) frames with a face")
      }
      return
    }
    let judgedByScore = verdict != .inconclusive || summary.reason == .scoreBetweenThresholds
    guard judgedByScore else { return }
    guard let mode, let score = summary.score else {
      problems.append("summary: verdict “\(verdict.rawValue)” without a score and the thresholds it was judged by")
      return
    }
    let low = mode.noEvidenceBelow
    let high = mode.likelyManipulatedFrom
    let holds: Bool
    switch verdict {
    case .likelyManipulated: holds = score >= high - Self.rounding
    case .noEvidenceFound: holds = score < low + Self.rounding
    default: holds = score >= low - Self.rounding && score < high + Self.rounding
    }
    if !holds {
      problems.append(
        "summary: verdict “\(verdict.rawValue)” contradicts score \(Self.shown(score)) "
          + "(thresholds of \(mode.model): \(Self.shown(low)) and \(Self.shown(high)))")
    }
  }

  private mutating func sha256(_ hash: String, in place: String) {
    if hash.count != 64 || !hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
      problems.append("\(place): sha256 is not 64 lower-case hexadecimal digits")
    }
  }

  private mutating func unit(_ value: Double?, _ field: String, in place: String) {
    guard let value, !(0...1).contains(value) else { return }
    problems.append("\(place): \(field) \(Self.shown(value)) must be in 0…1")
  }

  private mutating func atLeast(_ minimum: Int, _ value: Int?, _ field: String, in place: String) {
    guard let value, value < minimum else { return }
    problems.append("\(place): \(field) \(value) must be at least \(minimum)")
  }

  private mutating func atLeast(_ minimum: Double, _ value: Double?, _ field: String, in place: String) {
    guard let value, !(value >= minimum && value.isFinite) else { return }
    problems.append("\(place): \(field) \(Self.shown(value)) must be at least \(Self.shown(minimum))")
  }

  /// A recorded number as the records would show it: whole numbers without a fraction.
  static func shown(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
  }
}
