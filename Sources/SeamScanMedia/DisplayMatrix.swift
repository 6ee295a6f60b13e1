import Foundation
import SeamScanImaging

/// Turns a display matrix into the quarter turns and flips that show the picture upright.
///
/// This follows FFmpeg's own command-line tool (`get_rotation` in
/// fftools/cmdutils.c and the filter choice in ffmpeg_filter.c), so the
/// analysed picture is the one `ffmpeg` and players show.
enum DisplayMatrix {
  /// `matrix` holds the nine 16.16/2.30 fixed-point entries FFmpeg stores.
  /// `ccwDegrees` is `av_display_rotation_get` of the same matrix.
  static func orientation(matrix m: [Int32], ccwDegrees: Double) -> Orientation {
    guard m.count >= 9, ccwDegrees.isFinite else { return .upright }
    var theta = -ccwDegrees.rounded()
    theta -= 360 * (theta / 360 + 0.9 / 360).rounded(.down)
    if abs(theta - 90) < 1 {
      // transpose=clock, or cclock_flip when the matrix also mirrors.
      return m[3] > 0
        ? Orientation(clockwiseQuarterTurns: 3, flipVertical: true) : Orientation(clockwiseQuarterTurns: 1)
    }
    if abs(theta - 180) < 1 {
      return Orientation(clockwiseQuarterTurns: 0, flipHorizontal: m[0] < 0, flipVertical: m[4] < 0)
    }
    if abs(theta - 270) < 1 {
      // transpose=cclock, or clock_flip when the matrix also mirrors.
      return m[3] < 0
        ? Orientation(clockwiseQuarterTurns: 1, flipVertical: true) : Orientation(clockwiseQuarterTurns: 3)
    }
    if abs(theta) < 1, m[4] < 0 { return Orientation(clockwiseQuarterTurns: 0, flipVertical: true) }
    // Arbitrary angles are rare (edited footage); analyse such pictures as stored.
    return .upright
  }
}
