import Foundation
import SeamScanFaces
import SeamScanImaging
import SeamScanRecords

/// A world of square "faces" on a flat background, for testing the tracker's
/// bookkeeping without cascades or the 100 MB landmark model.
///
/// Pixels of value `visible` are a face both the detector and the landmark
/// model see; `hidden` is a face only the landmark model sees (the cascade
/// misses it); `shapeless` is something the landmark model fits badly. A face
/// has dark eyes where ``ScriptedLandmarker`` puts them, unless it is `eyeless`.
public enum ScriptedFaceWorld {
  public static let visible: UInt8 = 255
  public static let hidden: UInt8 = 200
  public static let shapeless: UInt8 = 100

  public struct Square {
    public var x: Int
    public var y: Int
    public var side: Int
    public var value: UInt8 = ScriptedFaceWorld.visible
    public var eyeless = false

    public init(x: Int, y: Int, side: Int, value: UInt8 = ScriptedFaceWorld.visible, eyeless: Bool = false) {
      self.x = x
      self.y = y
      self.side = side
      self.value = value
      self.eyeless = eyeless
    }
  }

  /// Grey frames (no colour, so any face passes the skin test).
  public static func frame(_ squares: [Square], background: UInt8 = 0, width: Int = 320, height: Int = 240)
    -> FramePlanes
  {
    var image = GrayImage(width: width, height: height, fill: background)
    for square in squares {
      for y in max(0, square.y)..<min(height, square.y + square.side) {
        for x in max(0, square.x)..<min(width, square.x + square.side) { image[x, y] = square.value }
      }
      guard !square.eyeless else { continue }
      // Dark eyes well inside the square, so the blob keeps its outline.
      let box = DlibRect(
        left: square.x, top: square.y, right: square.x + square.side - 1, bottom: square.y + square.side - 1)
      for eye in [ScriptedLandmarker.leftEye, ScriptedLandmarker.rightEye] {
        let centre = ScriptedLandmarker.place(eye.centre, in: box)
        let reach = SIMD2(Float(square.side) * eye.radii.x, Float(square.side) * eye.radii.y)
        for y in Int(centre.y - reach.y)...Int(centre.y + reach.y) where y >= 0 && y < height {
          for x in Int(centre.x - reach.x)...Int(centre.x + reach.x) where x >= 0 && x < width { image[x, y] = 40 }
        }
      }
    }
    return FramePlanes(luma: image)
  }

  /// Bounding boxes of pixels with `value` inside `region`, one per 4-connected blob.
  public static func blobs(of value: UInt8, in image: GrayImage, region: PixelRect? = nil) -> [DlibRect] {
    let area = region ?? PixelRect(x: 0, y: 0, width: image.width, height: image.height)
    var seen = Set<Int>()
    var boxes: [DlibRect] = []
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX where image[x, y] == value && !seen.contains(y * image.width + x) {
        var stack = [(x, y)]
        var box = DlibRect(left: x, top: y, right: x, bottom: y)
        seen.insert(y * image.width + x)
        while let (px, py) = stack.popLast() {
          box = DlibRect(
            left: min(box.left, px), top: min(box.top, py), right: max(box.right, px), bottom: max(box.bottom, py))
          for (nx, ny) in [(px + 1, py), (px - 1, py), (px, py + 1), (px, py - 1)]
          where area.contains(x: nx, y: ny) && image[nx, ny] == value && !seen.contains(ny * image.width + nx) {
            seen.insert(ny * image.width + nx)
            stack.append((nx, ny))
          }
        }
        boxes.append(box)
      }
    }
    return boxes
  }
}

/// Finds `visible` squares; each find can be reported `copies` times, as overlapping cascade hits.
public struct ScriptedDetector: FaceFinding {
  public var copies = 1

  public init(copies: Int = 1) { self.copies = copies }

  public func detect(in image: GrayImage) -> [FaceCandidate] {
    ScriptedFaceWorld.blobs(of: ScriptedFaceWorld.visible, in: image).flatMap { box in
      (0..<copies).map { shift in
        FaceCandidate(
          box: DlibRect(left: box.left + shift, top: box.top, right: box.right + shift, bottom: box.bottom),
          neighbours: 5, source: .frontal)
      }
    }
  }

  /// The scripted world's survey sees what a full scan sees.
  public func survey(in image: GrayImage) -> [FaceCandidate] { detect(in: image) }

  public func detectFrontal(in image: GrayImage) -> [FaceCandidate] { detect(in: image) }

  public func detect(in image: GrayImage, near box: DlibRect) -> [FaceCandidate] {
    detect(in: image).filter { $0.box.overlap(box) > 0 }
  }
}

/// Puts a stylised 68-point face on the square found near the box (jaw, brows, nose,
/// eye outlines, mouth, in dlib's order); a shapeless blob gets a fit far over the gate,
/// and nothing at all a degenerate shape.
public struct ScriptedLandmarker: LandmarkFitting {
  public init() {}

  public static let leftEye = (centre: SIMD2<Float>(0.3, 0.4), radii: SIMD2<Float>(0.09, 0.05))
  public static let rightEye = (centre: SIMD2<Float>(0.7, 0.4), radii: SIMD2<Float>(0.09, 0.05))

  /// The unit-square layout of the 68 points.
  public static let layout: [SIMD2<Float>] = {
    var points: [SIMD2<Float>] = (0...16).map { i in
      let angle = Float.pi * Float(i) / 16
      return SIMD2(0.5 - 0.5 * cos(angle), 0.3 + 0.7 * sin(angle))
    }
    points += (0..<5).map { SIMD2(0.15 + 0.06 * Float($0), 0.28) }
    points += (0..<5).map { SIMD2(0.61 + 0.06 * Float($0), 0.28) }
    points += (0..<4).map { SIMD2(0.5, 0.42 + 0.08 * Float($0)) }
    points += (0..<5).map { SIMD2(0.42 + 0.04 * Float($0), 0.68) }
    for eye in [leftEye, rightEye] {
      points += (0..<6).map { k in
        let angle = Float.pi * Float(k) / 3
        return eye.centre + SIMD2(eye.radii.x * 0.8 * cos(angle), eye.radii.y * 0.8 * sin(angle))
      }
    }
    points += (0..<12).map { k in
      let angle = Float.pi * Float(k) / 6
      return SIMD2(0.5 + 0.15 * cos(angle), 0.82 + 0.06 * sin(angle))
    }
    points += (0..<8).map { k in
      let angle = Float.pi * Float(k) / 4
      return SIMD2(0.5 + 0.1 * cos(angle), 0.82 + 0.03 * sin(angle))
    }
    return points
  }()

  public static func place(_ unit: SIMD2<Float>, in box: DlibRect) -> SIMD2<Float> {
    SIMD2(Float(box.left) + unit.x * Float(box.width - 1), Float(box.top) + unit.y * Float(box.height - 1))
  }

  public func predict(in image: GrayImage, box: DlibRect) -> FaceShape {
    let margin = box.width / 2
    let frame = PixelRect(x: 0, y: 0, width: image.width, height: image.height)
    let region = PixelRect(
      x: box.left - margin, y: box.top - margin, width: box.width + 2 * margin, height: box.height + 2 * margin
    ).intersection(frame)
    for value in [ScriptedFaceWorld.visible, ScriptedFaceWorld.hidden, ScriptedFaceWorld.shapeless] {
      guard let region, let found = ScriptedFaceWorld.blobs(of: value, in: image, region: region).first else {
        continue
      }
      var points = Self.layout.map { Self.place($0, in: found) }
      // A shapeless blob is marked by its last point far outside the square.
      if value == ScriptedFaceWorld.shapeless {
        points[67] = SIMD2(Float(found.right + 10 * found.width), Float(found.bottom))
      }
      return FaceShape(points: points)
    }
    return FaceShape(points: [SIMD2<Float>](repeating: SIMD2(Float(box.left), Float(box.top)), count: 68))
  }

  /// The square whose sides the jaw spans, standing on the chin (the inner mouth, which a
  /// shapeless fit throws out, is left out).
  public func refit(_ shape: FaceShape) -> DlibRect {
    let jaw = shape.points.prefix(17)
    let left = Int(jaw.map(\.x).min()!.rounded())
    let right = Int(jaw.map(\.x).max()!.rounded())
    let bottom = Int(jaw.map(\.y).max()!.rounded())
    return DlibRect(left: left, top: bottom - (right - left), right: right, bottom: bottom)
  }

  public func fitResidual(_ shape: FaceShape) -> Float {
    let box = refit(shape)
    guard box.width > 1 else { return .infinity }
    let last = shape.points[67]
    let inside =
      last.x >= Float(box.left) && last.x <= Float(box.right) && last.y >= Float(box.top)
      && last.y <= Float(box.bottom)
    return inside ? 0.05 : 2 * FaceBox.residualGate
  }
}
