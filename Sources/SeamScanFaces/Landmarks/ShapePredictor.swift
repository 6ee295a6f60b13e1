import Foundation
import SeamScanImaging

/// dlib's 68-point face landmark predictor (an ensemble of regression trees,
/// Kazemi & Sullivan 2014), reimplemented to give the same integer landmarks
/// as libdlib 19.24's `shape_predictor` on the same grey pixels.
///
/// Exactness rests on doing each step in dlib's types and order: the shape is
/// `Float` and gains one tree's leaf at a time; the similarity fit and the
/// mapping to pixels are `Double`; pixels are found with `floor(x + 0.5)`
/// and read as 0 outside the image.
///
/// Immutable after loading, so one instance can serve many threads.
public final class ShapePredictor: Sendable {
  let model: ShapePredictorModel
  let reference: SimilarityReference
  private let maxFeaturesPerLevel: Int
  private let maxTreesPerLevel: Int

  /// Loads a dlib `shape_predictor` file such as
  /// `/usr/share/dlib/shape_predictor_68_face_landmarks.dat`.
  /// Throws `ShapePredictorLoadError`, whose description says what is wrong.
  public convenience init(contentsOf url: URL) throws {
    let file: FileHandle
    let size: Int
    do {
      // Read a piece at a time: the model is parsed once and its bytes never held whole.
      file = try FileHandle(forReadingFrom: url)
      size = Int(try file.seekToEnd())
      try file.seek(toOffset: 0)
    } catch {
      throw ShapePredictorLoadError(url: url, reason: "cannot read the file (\(error.localizedDescription))")
    }
    defer { try? file.close() }
    do {
      var decoder = DlibDecoder(file: file, size: size)
      try self.init(model: ShapePredictorModel(decoding: &decoder))
    } catch {
      throw ShapePredictorLoadError(url: url, reason: error.description)
    }
  }

  /// Parses the bytes of a dlib `shape_predictor` file.
  convenience init(dlibData data: Data) throws(DlibFormatError) {
    let parsed = data.withUnsafeBytes { bytes in
      Result { () throws(DlibFormatError) in try ShapePredictorModel(dlibBytes: bytes) }
    }
    try self.init(model: parsed.get())
  }

  init(model: ShapePredictorModel) throws(DlibFormatError) {
    guard model.partCount >= 2 else { throw .unsupported("a shape needs at least two landmarks") }
    self.model = model
    reference = SimilarityReference(points: model.initialShape)
    maxFeaturesPerLevel =
      (0..<model.levelCount).map { model.levelFeatures[$0 + 1] - model.levelFeatures[$0] }.max() ?? 0
    maxTreesPerLevel = (0..<model.levelCount).map { model.levelTrees[$0 + 1] - model.levelTrees[$0] }.max() ?? 0
  }

  /// Number of landmarks per face (68 for the standard model).
  public var partCount: Int { model.partCount }

  /// The mean shape in face-box-normalised coordinates: (0, 0) is the box's
  /// top-left pixel, (1, 1) its bottom-right one.
  public var meanShape: [SIMD2<Float>] {
    (0..<model.partCount).map { SIMD2(model.initialShape[2 * $0], model.initialShape[2 * $0 + 1]) }
  }

  /// Landmarks of the face in `box` (dlib's inclusive corners).
  public func predict(in image: GrayImage, box: DlibRect) -> FaceShape {
    var shape = model.initialShape
    var features = [Float](repeating: 0, count: maxFeaturesPerLevel)
    var leaves = [Int](repeating: 0, count: maxTreesPerLevel)
    shape.withUnsafeMutableBufferPointer { shape in
      features.withUnsafeMutableBufferPointer { features in
        leaves.withUnsafeMutableBufferPointer { leaves in
          image.pixels.withUnsafeBufferPointer { pixels in
            for level in 0..<model.levelCount {
              sampleFeatures(
                level: level, shape: UnsafeBufferPointer(shape), image: pixels,
                width: image.width, height: image.height, box: box, into: features)
              applyTrees(level: level, features: UnsafeBufferPointer(features), shape: shape, leafScratch: leaves)
            }
          }
        }
      }
    }
    return shape.withUnsafeBufferPointer { FaceShape(normalized: $0, box: box) }
  }
}

/// A model file that could not be loaded, with a message fit for a user.
public struct ShapePredictorLoadError: Error, CustomStringConvertible {
  public let url: URL
  public let reason: String

  public var description: String { "cannot load landmark model \(url.path): \(reason)" }
}
