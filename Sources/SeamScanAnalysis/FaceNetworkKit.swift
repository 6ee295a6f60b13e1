import Foundation
import SeamScanForensics
import SeamScanImaging
import SeamScanMedia
import SeamScanNetwork
import SeamScanRecords

/// The learned face model: the network, how often it reads each track, and its file's record.
///
/// It reads the face's 256-px aligned crop (``AlignedCrop``), box-averaged down to the
/// network's input side, as `Scripts/train-face-model.py` feeds it in training.
public struct FaceNetworkKit: Sendable {
  public let network: FaceNetwork
  /// The network reads the 1st, (1 + every)th, … analysed frame of each track.
  public let every: Int
  public let record: ModelFileRecord

  /// Loads the weights file, hashing the very bytes it parses.
  public init(file: URL, every: Int) throws {
    precondition(every >= 1, "the network runs on every Nth frame, N ≥ 1")
    let (network, bytes) = try FaceNetwork.load(file)
    self.network = network
    let shape = network.input.shape
    guard shape.channels == 3, shape.width == shape.height, AlignedCrop.defaultSize % shape.width == 0,
      network.outputShape.count == 1
    else {
      throw FaceNetworkError(
        "face network \(file.path) takes \(shape) and gives \(network.outputShape): SeamScan needs a 3×S×S input "
          + "with S dividing \(AlignedCrop.defaultSize), and one output")
    }
    let digest = FileDigest(of: bytes)
    self.every = every
    record = ModelFileRecord(
      role: .faceNetwork, path: file.path, sha256: digest.sha256, size: digest.size, package: "seamscan")
  }

  /// Whether the network reads a track's frame, given how many frames of it came before.
  func runs(onTrackFrame ordinal: Int) -> Bool { ordinal % every == 0 }

  /// The network's probability that the face is manipulated, or nil where its landmarks give no alignment.
  func probability(planes: FramePlanes, detail: (any LumaSource)?, landmarks: [SIMD2<Float>]) -> Float? {
    guard let alignment = FaceAlignment(landmarks: landmarks) else { return nil }
    let crop = RGBImage(AlignedCrop.sample(planes, detail: detail, alignment: alignment))
    let input = Self.boxAveraged(crop, side: network.input.shape.width)
    return try? network.run(input).values[0]
  }

  /// The crop as a 3×side×side tensor on the 0–255 scale, each value the mean of its
  /// (crop side / side)² pixels, summed row by row as the training script's numpy does.
  static func boxAveraged(_ image: RGBImage, side: Int) -> Tensor {
    let factor = image.width / side
    let area = Float(factor * factor)
    var values = [Float](repeating: 0, count: 3 * side * side)
    image.pixels.withUnsafeBufferPointer { pixels in
      for channel in 0..<3 {
        for row in 0..<side {
          for column in 0..<side {
            var sum: Float = 0
            for dy in 0..<factor {
              let base = ((row * factor + dy) * image.width + column * factor) * 3 + channel
              for dx in 0..<factor { sum += Float(pixels[base + dx * 3]) }
            }
            values[(channel * side + row) * side + column] = sum / area
          }
        }
      }
    }
    return Tensor(shape: TensorShape(channels: 3, height: side, width: side), values: values)
  }
}
