/// The fixed radial layout, in units of the normalised distance ρ, that every cue is measured on.
///
/// - core: ρ < 0.5
/// - eight rings of width 0.1: [0.5, 0.6), …, [1.2, 1.3)
/// - surround: [1.3, 1.7), the reference region outside the face
///
/// "Interior" means ρ < 0.8 (core plus the first three rings) and the
/// contour band is 0.8 ≤ ρ < 1.2.
public enum RadialRegions {
  // The layout in tenths of ρ, so that region lookup and names are exact.
  static let coreUpperTenths = 5
  static let surroundLowerTenths = 13
  static let outerTenths = 17

  public static let ringCount = surroundLowerTenths - coreUpperTenths
  public static let ringWidth: Float = 0.1
  public static var coreUpperRho: Float { Float(coreUpperTenths) / 10 }
  public static var surroundLowerRho: Float { Float(surroundLowerTenths) / 10 }
  public static var outerRho: Float { Float(outerTenths) / 10 }

  /// The lower ρ bound of ring `index` (0 for the ring from 0.5); each is ``ringWidth`` wide.
  public static func ringLowerRho(_ index: Int) -> Double { Double(coreUpperTenths + index) / 10 }

  /// "0.5", "0.6", … "1.2": the lower ρ bound of each ring, as cue names carry it.
  public static let ringLabels: [String] = (coreUpperTenths..<surroundLowerTenths).map { "\($0 / 10).\($0 % 10)" }

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
    guard rho < outerRho else { return outside }  // also NaN and ∞, which Int() would trap on
    let tenths = Int(rho * 10)
    if tenths < coreUpperTenths { return UInt8(core) }
    if tenths < surroundLowerTenths { return UInt8(firstRing + tenths - coreUpperTenths) }
    if tenths < outerTenths { return UInt8(surround) }
    return outside
  }
}
