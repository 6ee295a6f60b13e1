import Foundation
import SeamScanImaging

/// A frame turned about a point so that a face rolled in the picture stands upright.
///
/// The cascades and the 68-point model were trained on upright faces and lose a head
/// resting on a hand or tilted 20–45°. They run on this view instead, and what they find
/// is mapped back to the frame. Outside the frame the view repeats the frame's edge pixels.
struct RolledView {
  /// The turned pixels.
  let image: GrayImage
  /// How far the picture's face is turned, clockwise on screen in degrees: the view undoes it.
  let degrees: Float
  /// View pixel → frame pixel.
  let toFrame: SimilarityTransform

  /// The `width × height` view centred on `centre`, turned so that a line at `degrees`
  /// clockwise in the frame is level in the view.
  init(of frame: GrayImage, centre: SIMD2<Float>, degrees: Float, width: Int, height: Int) {
    let radians = Double(degrees) * .pi / 180
    let step = SIMD2(Float(cos(radians)), Float(sin(radians)))
    let turn = SimilarityTransform(a: step.x, b: step.y, translation: .zero)
    let toFrame = SimilarityTransform(
      a: step.x, b: step.y, translation: centre - turn.apply(SIMD2(Float(width - 1) / 2, Float(height - 1) / 2)))
    var pixels = [UInt8](repeating: 0, count: width * height)
    frame.pixels.withUnsafeBufferPointer { source in
      pixels.withUnsafeMutableBufferPointer { out in
        for y in 0..<height {
          // Along a view row the frame position moves by one turned unit step per pixel.
          var position = toFrame.apply(SIMD2(0, Float(y)))
          for x in 0..<width {
            let value = bilinearSample(source, width: frame.width, height: frame.height, x: position.x, y: position.y)
            out[y * width + x] = UInt8(value + 0.5)
            position += step
          }
        }
      }
    }
    self.image = GrayImage(width: width, height: height, pixels: pixels)
    self.degrees = degrees
    self.toFrame = toFrame
  }

  /// The square view around `box`, wide enough for the cascades' search near it
  /// (half a side on every edge) and for the landmark model's features.
  init(around box: DlibRect, in frame: GrayImage, degrees: Float) {
    let side = 2 * max(box.width, box.height) + 2
    self.init(of: frame, centre: box.centre, degrees: degrees, width: side, height: side)
  }

  /// The frame's whole picture turned about its centre, at the frame's size: the turned
  /// corners fall outside and are not searched.
  init(wholeFrame frame: GrayImage, degrees: Float) {
    let centre = SIMD2(Float(frame.width - 1) / 2, Float(frame.height - 1) / 2)
    self.init(of: frame, centre: centre, degrees: degrees, width: frame.width, height: frame.height)
  }

  /// `box` (in the frame) as the same-sized box about the same point in the view.
  func viewBox(of box: DlibRect) -> DlibRect {
    box.moved(to: toFrame.inverse.apply(box.centre))
  }

  /// `box` (in the view) as the same-sized upright box about the same point in the frame.
  func frameBox(of box: DlibRect) -> DlibRect {
    box.moved(to: toFrame.apply(box.centre))
  }

  /// Landmarks found in the view, in frame pixels.
  func frameShape(of shape: FaceShape) -> FaceShape {
    FaceShape(points: shape.points.map(toFrame.apply))
  }

  /// A detection in the view, as a candidate in the frame that remembers the roll it was found at.
  func frameCandidate(of candidate: FaceCandidate) -> FaceCandidate {
    var mapped = candidate
    mapped.box = frameBox(of: candidate.box)
    mapped.roll = degrees
    return mapped
  }
}

extension DlibRect {
  /// The middle of the box, in pixel-centre coordinates.
  var centre: SIMD2<Float> {
    SIMD2(Float(left + right) / 2, Float(top + bottom) / 2)
  }

  /// The box of the same size whose middle is nearest `centre`.
  func moved(to centre: SIMD2<Float>) -> DlibRect {
    let left = roundHalfUp(Double(centre.x) - Double(width - 1) / 2)
    let top = roundHalfUp(Double(centre.y) - Double(height - 1) / 2)
    return DlibRect(left: left, top: top, right: left + width - 1, bottom: top + height - 1)
  }
}

extension FaceShape {
  /// The face's in-plane roll in degrees, clockwise on screen: the slope of the line from
  /// the picture-left eye's centre to the other's (points 36–41 and 42–47). 0 for a shape
  /// that is not dlib's 68 points.
  public var roll: Float {
    guard points.count == 68 else { return 0 }
    let first = points[36...41].reduce(SIMD2<Float>.zero, +) / 6
    let second = points[42...47].reduce(SIMD2<Float>.zero, +) / 6
    let line = second - first
    guard line.x != 0 || line.y != 0 else { return 0 }
    return Float(atan2(Double(line.y), Double(line.x)) * 180 / .pi)
  }
}
