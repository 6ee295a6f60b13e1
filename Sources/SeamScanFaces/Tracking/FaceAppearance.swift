import SeamScanImaging

/// What a tracked face looks like at its landmarks: whether its cheeks and nose are
/// skin-coloured, and whether its eyes are darker than its cheeks and its nose.
///
/// The cascades and the landmark fit accept some things that are not faces: a chair's
/// upholstery, a wall, a news map, a checked shirt. Their landmarks fit a face shape, but
/// the "eyes" are no darker than the "cheeks" and "nose" (eye sockets, irises and lashes
/// are, in any light that shows a face), and many are not skin-coloured. A track must pass
/// these tests throughout its decision frames to be kept, and is dropped when it keeps
/// failing them.
public struct FaceAppearance: Sendable, Equatable {
  /// Mean full-range (Cb, Cr) of both cheeks, the nose bridge and above the chin; nil off the frame.
  public var skinChroma: SIMD2<Double>?
  /// `(cheeks − eyes) / (cheeks + eyes + 1)` of the mean luma, both eyes together, the
  /// left and the right eye alone, and the nose against both eyes; nil off the frame.
  public var eyeContrast: EyeContrast?

  public struct EyeContrast: Sendable, Equatable {
    public var bothEyes: Double
    public var leftEye: Double
    public var rightEye: Double
    public var nose: Double
  }

  /// Full-range Cb and Cr of skin under ordinary light: Chai & Ngan's (1999) box, widened by a few levels.
  static let skinCb: ClosedRange<Double> = 70...135
  static let skinCr: ClosedRange<Double> = 128...180
  /// Within this many levels of 128 on both a picture has no colour (greyscale, infrared) and any face passes.
  static let colourlessTolerance = 3.0
  /// Least contrast of both eyes against the cheeks, and of the nose against the eyes. Hand-labelled
  /// faces of the dev clips measured 0.111 for both at their 0.5th percentile and about 0.3 at the
  /// median; tracks on upholstery, walls and sleeves 0.00–0.04. Each eye alone must be no brighter
  /// than the cheeks (0.5th percentile 0.04–0.09).
  public static let minimumEyeContrast = 0.05

  public init(planes: FramePlanes, landmarks: [SIMD2<Float>]) {
    guard landmarks.count == 68 else { return }
    skinChroma = Self.skinChroma(planes: planes, landmarks: landmarks)
    eyeContrast = Self.eyeContrast(luma: planes.luma, landmarks: landmarks)
  }

  public var isSkinColoured: Bool {
    guard let chroma = skinChroma else { return false }
    let colourless = abs(chroma.x - 128) <= Self.colourlessTolerance && abs(chroma.y - 128) <= Self.colourlessTolerance
    return colourless || (Self.skinCb.contains(chroma.x) && Self.skinCr.contains(chroma.y))
  }

  /// Eyes darker than cheeks and nose; a face whose eyes cannot be measured is not held to it.
  public var hasEyesDarkerThanCheeks: Bool {
    guard let contrast = eyeContrast else { return true }
    return contrast.bothEyes >= Self.minimumEyeContrast && contrast.nose >= Self.minimumEyeContrast
      && contrast.leftEye >= 0 && contrast.rightEye >= 0
  }

  public var isPlausible: Bool { isSkinColoured && hasEyesDarkerThanCheeks }

  /// Mean (Cb, Cr) of 5 × 5 patches on both cheeks, the nose bridge and above the chin.
  static func skinChroma(planes: FramePlanes, landmarks: [SIMD2<Float>]) -> SIMD2<Double>? {
    let points = [
      (landmarks[2] + landmarks[31]) / 2, (landmarks[14] + landmarks[35]) / 2, landmarks[28],
      (landmarks[8] + landmarks[57]) / 2,
    ]
    var sum = SIMD2<Double>.zero
    var count = 0
    for point in points where point.x.isFinite && point.y.isFinite && abs(point.x) < 1e6 && abs(point.y) < 1e6 {
      let cx = Int(point.x.rounded())
      let cy = Int(point.y.rounded())
      for y in (cy - 2)...(cy + 2) where y >= 0 && y < planes.height {
        for x in (cx - 2)...(cx + 2) where x >= 0 && x < planes.width {
          sum += SIMD2(Double(planes.cb[x, y]), Double(planes.cr[x, y]))
          count += 1
        }
      }
    }
    return count > 0 ? sum / Double(count) : nil
  }

  /// Mean luma inside each eye outline (points 36–41, 42–47) against patches on both cheeks
  /// and the nose below the bridge, and patches on the bridge and tip (27–30) against the eyes;
  /// each patch 4% of the face's width in radius.
  static func eyeContrast(luma: GrayImage, landmarks: [SIMD2<Float>]) -> EyeContrast? {
    let across = landmarks[16] - landmarks[0]
    let faceWidth = Double((across * across).sum().squareRoot())
    let radius = max(1, Int((faceWidth * 0.04).rounded()))
    guard let leftEye = polygonMean(luma, Array(landmarks[36...41])),
      let rightEye = polygonMean(luma, Array(landmarks[42...47]))
    else { return nil }
    let cheekPoints = [(landmarks[2] + landmarks[31]) / 2, (landmarks[14] + landmarks[35]) / 2, landmarks[29]]
    let nosePoints = [landmarks[28], landmarks[29], landmarks[30]]
    let cheeks = cheekPoints.compactMap { patchMean(luma, $0, radius: radius) }
    let nose = nosePoints.compactMap { patchMean(luma, $0, radius: radius) }
    guard cheeks.count == cheekPoints.count, nose.count == nosePoints.count else { return nil }
    func contrast(_ bright: Double, _ dark: Double) -> Double { (bright - dark) / (bright + dark + 1) }
    let cheek = cheeks.reduce(0, +) / Double(cheeks.count)
    let eyes = (leftEye + rightEye) / 2
    return EyeContrast(
      bothEyes: contrast(cheek, eyes), leftEye: contrast(cheek, leftEye), rightEye: contrast(cheek, rightEye),
      nose: contrast(nose.reduce(0, +) / Double(nose.count), eyes))
  }

  /// Mean of the pixels whose centres lie inside the polygon; nil when none does.
  static func polygonMean(_ image: GrayImage, _ polygon: [SIMD2<Float>]) -> Double? {
    guard polygon.allSatisfy({ $0.x.isFinite && $0.y.isFinite }) else { return nil }
    // Clamped before conversion, so a wild landmark cannot overflow an Int.
    func column(_ x: Float) -> Int { Int(min(max(x, -1), Float(image.width))) }
    func row(_ y: Float) -> Int { Int(min(max(y, -1), Float(image.height))) }
    let xs = polygon.map(\.x)
    let ys = polygon.map(\.y)
    let x0 = max(0, column(xs.min()!.rounded(.down)))
    let x1 = min(image.width - 1, column(xs.max()!.rounded(.up)))
    let y0 = max(0, row(ys.min()!.rounded(.down)))
    let y1 = min(image.height - 1, row(ys.max()!.rounded(.up)))
    guard x1 >= x0, y1 >= y0 else { return nil }
    var sum = 0
    var count = 0
    for y in y0...y1 {
      for x in x0...x1 where contains(polygon, SIMD2(Float(x) + 0.5, Float(y) + 0.5)) {
        sum += Int(image[x, y])
        count += 1
      }
    }
    return count > 0 ? Double(sum) / Double(count) : nil
  }

  /// Even-odd rule.
  static func contains(_ polygon: [SIMD2<Float>], _ point: SIMD2<Float>) -> Bool {
    var inside = false
    var previous = polygon[polygon.count - 1]
    for vertex in polygon {
      if (vertex.y > point.y) != (previous.y > point.y),
        point.x < (previous.x - vertex.x) * (point.y - vertex.y) / (previous.y - vertex.y) + vertex.x
      {
        inside.toggle()
      }
      previous = vertex
    }
    return inside
  }

  static func patchMean(_ image: GrayImage, _ centre: SIMD2<Float>, radius: Int) -> Double? {
    guard centre.x.isFinite, centre.y.isFinite, abs(centre.x) < 1e6, abs(centre.y) < 1e6 else { return nil }
    let cx = Int(centre.x.rounded())
    let cy = Int(centre.y.rounded())
    let x0 = max(0, cx - radius)
    let x1 = min(image.width - 1, cx + radius)
    let y0 = max(0, cy - radius)
    let y1 = min(image.height - 1, cy + radius)
    guard x1 >= x0, y1 >= y0 else { return nil }
    var sum = 0
    for y in y0...y1 {
      for x in x0...x1 { sum += Int(image[x, y]) }
    }
    return Double(sum) / Double((x1 - x0 + 1) * (y1 - y0 + 1))
  }
}
