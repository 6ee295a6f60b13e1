/// The words of the record contract. Every code, source, status and verdict a
/// record can carry is a case here, so the strings exist in one place only.

/// Why an input, or part of it, could not be analysed (`error` records).
public enum ErrorCode: String, Codable, Sendable, CaseIterable {
  case missing
  case permissionDenied = "permission_denied"
  case isDirectory = "is_directory"
  /// A named pipe, socket, device or other special file named on the command line: never opened.
  case notRegularFile = "not_regular_file"
  case empty
  case notMedia = "not_media"
  case noVideoStream = "no_video_stream"
  case unsupportedCodec = "unsupported_codec"
  case decoderFailed = "decoder_failed"
  /// A picture larger than `--max-pixels` allows, refused before its memory is allocated.
  case tooLarge = "too_large"
  case noFrames = "no_frames"
  /// `--start`/`--duration` select no frame: the range lies past the end of the input.
  case emptyRange = "empty_range"
  /// Follows the frame records of a file that ends early; those frames stay valid.
  case truncated
  /// Follows the frame records of a file with damaged packets; those frames stay valid.
  case decodeErrors = "decode_errors"
  /// The batch stopped (another input's output could not be written) before this input was
  /// finished; nothing of it is kept, and `--resume` analyses it again.
  case cancelled
  /// A model file is missing or unreadable: no input can be analysed.
  case modelMissing = "model_missing"
  case encoderFailed = "encoder_failed"
  /// `synth`: the output exists (or is the input) and `--force` was not given.
  case outputExists = "output_exists"
  /// `synth`: fewer frames could be blended than asked for, so the output would not be a known fake.
  case notBlended = "not_blended"
  /// Anything else a command could not do.
  case failed
}

/// What the whole input looks like to the analysis.
public enum Verdict: String, Codable, Sendable, CaseIterable {
  case likelyManipulated = "likely manipulated"
  case inconclusive
  case noEvidenceFound = "no evidence found"
  case noFace = "no face"
}

/// Why a verdict is `inconclusive`.
public enum InconclusiveReason: String, Codable, Sendable, CaseIterable {
  case scoreBetweenThresholds = "score between thresholds"
  case faceTooSmall = "face too small"
  case unstableTrack = "unstable track"
  case tooFewFrames = "too few frames"
}

/// What last confirmed a tracked face.
public enum FaceSource: String, Codable, Sendable, CaseIterable {
  case frontal
  case profile
  /// The profile cascade on the mirrored frame: a face turned the other way.
  case profileMirrored = "profile-mirrored"
  /// The fast LBP cascade of the periodic whole-frame surveys.
  case lbpFrontal = "lbp-frontal"
  /// Followed by its landmarks since the last detection.
  case tracked
}

/// Why a face's score is left out of the frame and video scores.
public enum FaceExclusion: String, Codable, Sendable, CaseIterable {
  /// A cascade has found it fewer times than the input needs (two for a video, one for a still).
  case unconfirmed
  /// The landmark fit is close to the tracker's limit.
  case poorFit = "poor landmark fit"
  /// Cheeks and nose are not skin-coloured.
  case notSkin = "not skin-coloured"
}

/// How one input of a batch ended (`summary.csv`).
public enum InputStatus: String, Codable, Sendable, CaseIterable {
  /// Every frame decoded and analysed.
  case analysed
  /// Analysed, but the file is truncated or had undecodable packets.
  case partial
  /// Nothing could be analysed.
  case failed
  /// Found in a folder but not evidence to analyse (not media, a special file, SeamScan's own
  /// output); it does not fail the batch.
  case skipped
  /// A complete earlier output of the same file and options was kept.
  case resumed

  /// Whether the batch counts this input as done.
  public var isSuccess: Bool { self == .analysed || self == .resumed || self == .skipped }
}

/// What kind of known fake `seamscan synth` made.
public enum SynthesisKind: String, Codable, Sendable, CaseIterable {
  /// Self-Blended Images: the face blended with a slightly moved, recoloured, re-sharpened copy.
  case selfBlend = "self-blend"
  /// A one-shot swapper's traces: the face re-rendered through a G-pixel generator grid,
  /// colour matched or slightly off, pasted through the hull or the aligned square.
  case generator
}

/// The region a known fake's blend replaces, as swap tools choose it.
public enum BlendMask: String, Codable, Sendable, CaseIterable {
  /// The landmark hull (jaw and lifted brows), as DeepFaceLab-style tools paste.
  case hull
  /// The square of the 112-unit ArcFace alignment, as inswapper, SimSwap and GHOST paste their crop.
  case alignedBox = "aligned-box"
}

/// What a model file is used for (`models` of the video record).
public enum ModelRole: String, Codable, Sendable, CaseIterable {
  /// The frontal face cascade.
  case frontal
  /// The profile face cascade, run on the frame and its mirror.
  case profile
  /// The fast frontal LBP cascade of the periodic whole-frame surveys.
  case survey
  /// The 68-point landmark model.
  case landmarks
  /// The learned face model (`Scripts/train-face-model.py`), shipped with SeamScan.
  case faceNetwork = "face_network"
}

/// Which trained model judged an input (`summary.model`): the video model, or the still model
/// for a single picture.
public enum ScoringModel: String, Codable, Sendable, CaseIterable {
  case video
  case still
}

/// Why a face track's score did not count towards the verdict (`summary.tracks[].not_counted`).
public enum TrackExclusion: String, Codable, Sendable, CaseIterable {
  /// Fewer counted frames than the model's minimum.
  case tooFewFrames = "too few counted frames"
  /// No frame counted, and the commonest reason its faces were left out was this one.
  case unconfirmed
  case poorFit = "poor landmark fit"
  case notSkin = "not skin-coloured"

  public init(_ exclusion: FaceExclusion) {
    switch exclusion {
    case .unconfirmed: self = .unconfirmed
    case .poorFit: self = .poorFit
    case .notSkin: self = .notSkin
    }
  }

  /// The face exclusion behind it; nil for too few counted frames.
  public var faceExclusion: FaceExclusion? {
    switch self {
    case .unconfirmed: .unconfirmed
    case .poorFit: .poorFit
    case .notSkin: .notSkin
    case .tooFewFrames: nil
    }
  }
}

// MARK: - Schema

extension ErrorCode: SchemaVocabulary {
  public static let schemaName = "error_code"
  public static let schemaDescription = "Why an input, or part of it, could not be analysed (error records)."
}

extension Verdict: SchemaVocabulary {
  public static let schemaName = "verdict"
  public static let schemaDescription = "What the whole input looks like to the analysis."
}

extension InconclusiveReason: SchemaVocabulary {
  public static let schemaName = "inconclusive_reason"
  public static let schemaDescription = "Why a verdict is inconclusive."
}

extension FaceSource: SchemaVocabulary {
  public static let schemaName = "face_source"
  public static let schemaDescription = "What last confirmed a tracked face."
}

extension FaceExclusion: SchemaVocabulary {
  public static let schemaName = "face_exclusion"
  public static let schemaDescription = "Why a face's score is left out of the frame and video scores."
}

extension InputStatus: SchemaVocabulary {
  public static let schemaName = "input_status"
  public static let schemaDescription = "How one input of a batch ended: the status column of summary.csv."
}

extension SynthesisKind: SchemaVocabulary {
  public static let schemaName = "synthesis_kind"
  public static let schemaDescription = "What kind of known fake seamscan synth made."
}

extension BlendMask: SchemaVocabulary {
  public static let schemaName = "blend_mask"
  public static let schemaDescription = "The region a known fake's blend replaces."
}

extension ModelRole: SchemaVocabulary {
  public static let schemaName = "model_role"
  public static let schemaDescription = "What a model file is used for."
}

extension ScoringModel: SchemaVocabulary {
  public static let schemaName = "scoring_model"
  public static let schemaDescription =
    "Which trained model judges an input: still for a single picture, video otherwise."
}

extension TrackExclusion: SchemaVocabulary {
  public static let schemaName = "track_exclusion"
  public static let schemaDescription = "Why a face track's score does not count towards the verdict."
}
