import SeamScanImaging
import SeamScanRecords

@testable import SeamScanFaces

/// A world of square "faces" on a flat background, for testing the tracker's
/// bookkeeping without cascades or the 100 MB landmark model.
///
/// Pixels of value `visible` are a face both the detector and the landmark
/// model see; `hidden` is a face only the landmark model sees (the cascade
/// misses it); `shapeless` is something the landmark model fits badly.
enum ScriptedFaceWorld {
  static let visible: UInt8 = 255
  static let hidden: UInt8 = 200
  static let shapeless: UInt8 = 100

  struct Square {
    var x: Int
    var y: Int
    var side: Int
    var value: UInt8 = ScriptedFaceWorld.visible
  }

  static func frame(_ squares: [Square], background: UInt8 = 0, width: Int = 320, height: Int = 240) -> GrayImage {
    var image = GrayImage(width: width, height: height, fill: background)
    for square in squares {
      for y in max(0, square.y)..<min(height, square.y + square.side) {
        for x in max(0, square.x)..<min(width, square.x + square.side) { image[x, y] = square.value }
      }
    }
    return image
  }

  /// Bounding boxes of pixels with `value` inside `region`, one per 4-connected blob.
  static func blobs(of value: UInt8, in image: GrayImage, region: PixelRect? = nil) -> [DlibRect] {
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
struct ScriptedDetector: FaceFinding {
  var copies = 1

  func detect(in image: GrayImage) -> [FaceCandidate] {
    ScriptedFaceWorld.blobs(of: ScriptedFaceWorld.visible, in: image).flatMap { box in
      (0..<copies).map { shift in
        FaceCandidate(
          box: DlibRect(left: box.left + shift, top: box.top, right: box.right + shift, bottom: box.bottom),
          neighbours: 5, source: .frontal)
      }
    }
  }

  func detect(in image: GrayImage, near box: DlibRect) -> [FaceCandidate] {
    detect(in: image).filter { $0.box.overlap(box) > 0 }
  }
}

/// Puts 68 points on a grid over the face square found near the box; a shapeless
/// blob gets a fit far over the gate, and nothing at all a degenerate shape.
struct ScriptedLandmarker: LandmarkFitting {
  func predict(in image: GrayImage, box: DlibRect) -> FaceShape {
    let margin = box.width / 2
    let frame = PixelRect(x: 0, y: 0, width: image.width, height: image.height)
    let region = PixelRect(
      x: box.left - margin, y: box.top - margin, width: box.width + 2 * margin, height: box.height + 2 * margin
    ).intersection(frame)
    for value in [ScriptedFaceWorld.visible, ScriptedFaceWorld.hidden, ScriptedFaceWorld.shapeless] {
      guard let region, let found = ScriptedFaceWorld.blobs(of: value, in: image, region: region).first else {
        continue
      }
      // A shapeless blob is marked by a point far outside its square.
      return FaceShape(points: Self.grid(over: found, outlier: value == ScriptedFaceWorld.shapeless))
    }
    return FaceShape(points: [SIMD2<Float>](repeating: SIMD2(Float(box.left), Float(box.top)), count: 68))
  }

  func refit(_ shape: FaceShape) -> DlibRect {
    let points = shape.points.dropLast()
    let xs = points.map { Int($0.x.rounded()) }
    let ys = points.map { Int($0.y.rounded()) }
    return DlibRect(left: xs.min()!, top: ys.min()!, right: xs.max()!, bottom: ys.max()!)
  }

  func fitResidual(_ shape: FaceShape) -> Float {
    let box = refit(shape)
    guard box.width > 1 else { return .infinity }
    let last = shape.points[67]
    let inside =
      last.x >= Float(box.left) && last.x <= Float(box.right) && last.y >= Float(box.top)
      && last.y <= Float(box.bottom)
    return inside ? 0.05 : 2 * FaceBox.residualGate
  }

  private static func grid(over box: DlibRect, outlier: Bool) -> [SIMD2<Float>] {
    var points = (0..<67).map { i in
      SIMD2(
        Float(box.left) + Float(i % 9) / 8 * Float(box.width - 1),
        Float(box.top) + Float(i / 9) / 7 * Float(box.height - 1))
    }
    points.append(outlier ? SIMD2(Float(box.right + 10 * box.width), Float(box.bottom)) : points[40])
    return points
  }
}
