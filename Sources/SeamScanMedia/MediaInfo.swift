import SeamScanImaging

/// What the container and the chosen video stream say about themselves.
public struct MediaInfo: Sendable, Equatable {
  /// Demuxer name, as ffprobe's `format_name`.
  public var container: String
  public var codec: String
  public var pixelFormat: String
  /// Coded picture size, before rotation.
  public var width: Int
  public var height: Int
  public var sampleAspectRatio: Rational?
  /// Average frame rate, or the nominal rate where no average is known.
  public var frameRate: Rational?
  /// Seconds, or nil where the container does not say.
  public var duration: Double?
  /// Frame count the container declares, or nil.
  public var declaredFrameCount: Int?
  /// How pictures must be turned to be shown upright.
  public var orientation: Orientation
  /// Counter-clockwise angle of the display matrix, as ffprobe's `rotation`.
  public var rotationDegrees: Double
  /// `"tv"` (limited), `"pc"` (full) or `"unknown"`, as ffprobe's `color_range`.
  public var colorRange: String
  public var streamIndex: Int

  /// A single picture (JPEG, PNG, … or a one-frame stream): judged on spatial evidence alone.
  public var isStill: Bool {
    container == "image2" || container.hasSuffix("_pipe") || declaredFrameCount == 1
  }

  /// Coded width with the sample aspect ratio applied: the picture's true shape, before rotation.
  public var squarePixelWidth: Int {
    guard let sar = sampleAspectRatio, sar.isValid, sar.numerator != sar.denominator else { return width }
    return max(1, Int((Double(width) * sar.value).rounded()))
  }

  /// Picture size after sample aspect ratio and rotation: what a viewer sees.
  public var displaySize: (width: Int, height: Int) {
    orientation.displayedSize(width: squarePixelWidth, height: height)
  }
}

/// An exact ratio such as a time base or frame rate.
public struct Rational: Sendable, Hashable {
  public var numerator: Int
  public var denominator: Int

  public init(_ numerator: Int, _ denominator: Int) {
    self.numerator = numerator
    self.denominator = denominator
  }

  public var value: Double { denominator == 0 ? 0 : Double(numerator) / Double(denominator) }
  public var isValid: Bool { numerator > 0 && denominator > 0 }
}
