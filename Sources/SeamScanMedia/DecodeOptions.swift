import SeamScanImaging
import SeamScanRecords

/// Which frames to decode and at what analysis resolution.
public struct DecodeOptions: Sendable, Hashable {
  /// Longest side of the analysis planes; 0 keeps the native size.
  public var maxSide: Int
  /// Seconds from the start of the stream where analysis begins.
  public var start: Double?
  /// Seconds of video to analyse from `start`.
  public var duration: Double?
  /// Stop after this many decoded frames.
  public var maxFrames: Int?
  /// Convert and analyse every Nth decoded frame; the others still get records.
  public var stride: Int
  /// Pictures with more pixels are refused before their memory is allocated.
  public var maxPixels: Int
  /// Longest side of the full-resolution luma that scale-aware cues read; larger pictures are area-averaged to it.
  public static let detailMaxSide = 2160

  /// `--max-pixels`' default, 100 megapixels: a 108-megapixel phone photo needs the option.
  public static let defaultMaxPixels = OptionTable.maxPixels.defaultValue!

  public init(
    maxSide: Int = OptionTable.maxSide.defaultValue!, start: Double? = nil, duration: Double? = nil,
    maxFrames: Int? = nil, stride: Int = OptionTable.stride.defaultValue!,
    maxPixels: Int = DecodeOptions.defaultMaxPixels
  ) {
    self.maxSide = maxSide
    self.start = start
    self.duration = duration
    self.maxFrames = maxFrames
    self.stride = max(1, stride)
    self.maxPixels = max(1, maxPixels)
  }

  /// The most memory one decoded picture may take: that of a `maxPixels` picture in 8-bit 4:2:0,
  /// the format of nearly all video and JPEG photos. RGB, alpha and 16-bit pictures take 2 to 5.3
  /// times more per pixel, so fewer of their pixels are allowed (half as many for RGB).
  public var maxPictureBytes: Int { maxPixels.multipliedReportingOverflow(by: 3).partialValue / 2 }
}

/// One decoded picture and where it sits in the stream.
public struct DecodedFrame: Sendable {
  /// 0-based index among the frames in the requested range.
  public var index: Int
  /// Best-effort presentation timestamp in stream time-base units, if known.
  public var pts: Int64?
  /// Seconds: `pts × time_base`, or `index / frame rate` where no timestamp exists.
  public var ptsTime: Double
  public var keyFrame: Bool
  /// `I`, `P`, `B`, … as ffprobe's `pict_type`.
  public var pictType: String
  /// The picture to analyse; nil for frames that `stride` leaves out, and once analysis has
  /// taken what it needs from it (see ``withoutPicture()``).
  public var picture: DecodedPicture?
  /// Position among the analysed frames (`index / stride`); nil for frames `stride` leaves out.
  public var analysedOrdinal: Int?

  /// Whether this frame is analysed (not left out by `stride`).
  public var isAnalysed: Bool { analysedOrdinal != nil }

  /// The frame without its decoded picture, which can be large: analysis keeps only what it
  /// converted, so the decoder's buffer goes back while the frame waits for its turn.
  public func withoutPicture() -> DecodedFrame {
    var frame = self
    frame.picture = nil
    return frame
  }

  /// Upright analysis planes, converted on the calling thread; nil when not analysed.
  public func planes() -> FramePlanes? { picture?.planes() }

  /// Upright full-resolution luma, converted on the calling thread; nil when not analysed
  /// or no larger than the analysis planes.
  public func detailLuma() -> GrayImage? { picture?.detailLuma() }

  /// The same luma, converted only where it is asked for.
  public var detail: (any LumaSource)? { picture?.detail }
}

/// Counters that tell how complete a decode was.
public struct DecodeStatistics: Sendable, Equatable {
  public var framesDecoded = 0
  /// Frames handed over for analysis (not left out by `stride`).
  public var framesAnalysed = 0
  /// Packets or frames the decoder rejected; they are skipped, not fatal.
  public var decodeErrors = 0
  /// The file ended early or its index points past its end.
  public var truncated = false
  /// What showed the truncation, for the error message.
  public var truncationDetail: String?
  /// `start` lies past the last frame: nothing in the range, though the file is fine.
  public var rangePastEnd = false
  /// A picture refused mid-stream for its size (a stream whose pictures grow), described.
  public var refusedPicture: String?

  public init() {}
}
