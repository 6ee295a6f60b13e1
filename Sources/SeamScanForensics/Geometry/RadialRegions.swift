/// The fixed radial layout, in units of the normalised distance ρ, that every cue is measured on.
///
/// - core: ρ < 0.5
/// - eight rings of width 0.1: [0.5, 0.6), …, [1.2, 1.3)
/// - surround: [1.3, 1.7), the reference region outside the face
///
/// "Interior" means ρ < 0.8 (core plus the first three rings) and the
/// contour band is 0.8 ≤ ρ < 1.2.
public enum RadialRegions {
  public static let coreUpperRho: Float = 0.5
  public static let ringWidth: Float = 0.1
  public static let ringCount = 8
  public static let surroundLowerRho: Float = 1.3
  public static let outerRho: Float = 1.7
  public static let interiorUpperRho: Float = 0.8

  /// Lower ρ bound of each ring, in tenths, so names never carry float noise.
  static let ringLowerTenths = (0..<ringCount).map { 5 + $0 }

  /// "0.5", "0.6", … "1.2": the label of each ring's lower bound.
  public static let ringLabels: [String] = ringLowerTenths.map { "\($0 / 10).\($0 % 10)" }

  public static var ringLowerBounds: [Float] { ringLowerTenths.map { Float($0) / 10 } }

  static let core = 0
  static let firstRing = 1
  static let surround = 1 + ringCount
  static let count = surround + 1
  /// Region code for samples beyond the surround; they are not measured.
  static let outside: UInt8 = 255
  /// Regions whose union is the interior (ρ < 0.8).
  static let interior = 0...3
  /// Regions whose union is the contour band (0.8 ≤ ρ < 1.2).
  static let contourBand = 4...7

  @inline(__always)
  static func region(ofRho rho: Float) -> UInt8 {
    let tenths = Int(rho * 10)
    if tenths < 5 { return UInt8(core) }
    if tenths < 13 { return UInt8(firstRing + tenths - 5) }
    if tenths < 17 { return UInt8(surround) }
    return outside
  }
}
