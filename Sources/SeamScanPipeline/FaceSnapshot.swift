import Foundation
import SeamScanForensics
import SeamScanImaging
import SeamScanMedia

/// The faces found in one frame, tracked from the start of the video up to it,
/// and that frame at full resolution with the faces drawn on it.
public struct FaceSnapshot {
  public let record: JSONObject
  private let faces: [JSONValue]
  private let path: String
  private let frameIndex: Int

  /// Runs the tracker over frames `0...frameIndex` (tracks depend on history).
  public init(path: String, frameIndex: Int, settings: ScanSettings, faces kit: FaceKit) throws {
    guard let digest = FileDigest(path: path) else { throw MediaError.missing(path: path) }
    var decode = settings.decode
    decode.maxFrames = frameIndex + 1
    decode.stride = 1
    let reader = try MediaReader(path: path, options: decode)
    let analyzer = FrameAnalyzer(
      faces: kit, scoring: nil, measureCues: false, info: reader.info, stride: 1, includeLandmarks: true)
    var last: (frame: DecodedFrame, findings: FrameFindings)?
    while let frame = reader.nextFrame() {
      last = (frame, analyzer.analyse(analyzer.prepare(frame)))
    }
    guard let last, last.frame.index == frameIndex else {
      throw MediaError.noFrames(path: path)
    }
    self.path = path
    self.frameIndex = frameIndex
    self.faces = last.findings.faces
    var record = JSONObject([
      "type": "faces",
      "tool": ToolIdentity.json,
      "path": .string(path),
      "sha256": .string(digest.sha256),
      "frame": .int(frameIndex),
      "pts_time": .double(last.frame.ptsTime),
    ])
    record["models"] = .array(kit.modelRecords)
    record["faces"] = .array(last.findings.faces)
    self.record = record
  }

  /// The full-resolution frame, upright, in display pixels (the faces' coordinates).
  private func fullResolutionPlanes() throws -> FramePlanes {
    let reader = try MediaReader(path: path, options: DecodeOptions(maxSide: 0, maxFrames: frameIndex + 1))
    var planes: FramePlanes?
    while let frame = reader.nextFrame() { planes = frame.planes() }
    guard let planes else { throw MediaError.noFrames(path: path) }
    return planes
  }

  /// Each face's landmarks in display pixels, by track.
  private var landmarksByTrack: [(track: Int, points: [SIMD2<Float>])] {
    faces.compactMap { value in
      guard case .object(let face) = value, case .int(let track)? = face["track"],
            case .array(let points)? = face["landmarks"] else { return nil }
      let xy = points.compactMap { point -> SIMD2<Float>? in
        guard case .array(let pair) = point, pair.count == 2, case .double(let x) = pair[0], case .double(let y) = pair[1]
        else { return nil }
        return SIMD2(Float(x), Float(y))
      }
      return xy.count == 68 ? (track, xy) : nil
    }
  }

  /// Each face as the cues see it: an aligned crop from the full-resolution frame, as PNG,
  /// with its track and the full-resolution pixels per template unit.
  public func alignedCropPNGs() throws -> [(track: Int, pixelsPerUnit: Float, png: Data)] {
    let planes = try fullResolutionPlanes()
    return try landmarksByTrack.compactMap { face in
      guard let alignment = FaceAlignment(landmarks: face.points) else { return nil }
      let crop = AlignedCrop.sample(planes, alignment: alignment)
      return (face.track, alignment.pixelsPerUnit, try PNGEncoder.encode(RGBImage(crop)))
    }
  }

  /// The full-resolution frame with boxes, track ids and landmarks, as PNG.
  public func annotatedPNG() throws -> Data {
    let planes = try fullResolutionPlanes()
    var image = RGBImage(planes)
    let thickness = max(1, image.width / 400)
    for case .object(let face) in faces {
      guard case .array(let box)? = face["box"], box.count == 4, case .int(let track)? = face["track"] else { continue }
      let numbers = box.compactMap { value -> Int? in if case .int(let n) = value { return n } else { return nil } }
      guard numbers.count == 4 else { continue }
      image.strokeRectangle(
        x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3], thickness: thickness, (0, 255, 0))
      image.drawLabel("#\(track)", x: numbers[0], y: max(0, numbers[1] - 8 * thickness), scale: thickness + 1, (0, 255, 0))
      if case .array(let points)? = face["landmarks"] {
        for case .array(let xy) in points {
          guard xy.count == 2, case .double(let x) = xy[0], case .double(let y) = xy[1] else { continue }
          image.fillSquare(centreX: Int(x.rounded()), centreY: Int(y.rounded()), radius: thickness, (255, 60, 60))
        }
      }
    }
    return try PNGEncoder.encode(image)
  }
}
