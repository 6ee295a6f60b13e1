import Foundation
import SeamScanForensics
import SeamScanImaging
import SeamScanMedia
import SeamScanRecords

/// The faces found in one frame, tracked from the start of the video up to it,
/// and that frame at full resolution with the faces drawn on it.
public struct FaceSnapshot {
  public let record: FacesRecord
  private let path: BytePath
  private let decode: DecodeOptions

  /// Runs the tracker over frames `0...frameIndex` (tracks depend on history), and over the
  /// frames after it that decide whether its new tracks are faces, as a scan does.
  public init(path: BytePath, sha256: String, frameIndex: Int, decode: DecodeOptions, faces kit: FaceKit) throws {
    var decode = decode
    // An index so large that this overflows is past the end anyway: read to the end.
    let (framesNeeded, overflow) = frameIndex.addingReportingOverflow(1 + kit.tracking.decisionFrames)
    decode.maxFrames = overflow ? nil : framesNeeded
    decode.stride = 1
    let reader = try MediaReader(file: try EvidenceFile(opening: path), options: decode)
    var stage = FaceStage(tracker: kit.makeTracker())
    var decided = DecidedFrames(delay: kit.tracking.decisionFrames)
    var snapshot: DecidedFrames.Frame?
    func keep(_ frames: [DecidedFrames.Frame]) {
      if let match = frames.first(where: { $0.frame.index == frameIndex }) { snapshot = match }
    }
    while let frame = reader.nextFrame() {
      guard let planes = frame.planes() else { continue }
      let faces = stage.faces(in: PreparedFrame(frame: frame, planes: planes)).map { AnalysedFace(face: $0) }
      keep(
        decided.add(
          frame, analysisSize: (planes.width, planes.height), faces: faces,
          status: { stage.tracker.status(ofTrack: $0) }))
    }
    stage.finish()
    keep(decided.finish(status: { stage.tracker.status(ofTrack: $0) }))
    guard let snapshot, let size = snapshot.analysisSize else {
      throw Self.missingFrame(frameIndex, path: path, reader: reader, decode: decode)
    }
    let scale = DisplayScale(analysisWidth: size.width, analysisHeight: size.height, display: reader.info.displaySize)
    self.path = path
    var fullFrame = decode
    fullFrame.maxFrames = frameIndex + 1
    self.decode = fullFrame
    record = FacesRecord(
      path: path.display, sha256: sha256, frame: frameIndex, ptsTime: snapshot.frame.ptsTime, models: kit.modelRecords,
      faces: snapshot.faces.map { RecordMapping.face($0, scale: scale, landmarks: true, evidence: false) })
  }

  /// Why frame `index` was not found: the video (or the range asked for) ends before it, or no frame decoded.
  private static func missingFrame(_ index: Int, path: BytePath, reader: MediaReader, decode: DecodeOptions)
    -> MediaError
  {
    let statistics = reader.statistics
    guard statistics.framesDecoded > 0, statistics.framesDecoded <= index else {
      return .nothingDecoded(
        path: path.display, statistics: statistics, start: decode.start, duration: reader.info.duration)
    }
    let range = decode.start == nil && decode.duration == nil ? "" : " in the range asked for"
    return .emptyRange(
      path: path.display,
      detail: "--frame \(index) is past the last frame: the video has \(statistics.framesDecoded) frames\(range)")
  }

  /// The full-resolution frame, upright, in display pixels (the faces' coordinates).
  private func fullResolutionPlanes() throws -> FramePlanes {
    var fullSize = decode
    fullSize.maxSide = 0
    let reader = try MediaReader(file: try EvidenceFile(opening: path), options: fullSize)
    var planes: FramePlanes?
    while let frame = reader.nextFrame() { planes = frame.planes() }
    guard let planes else { throw MediaError.noFrames(path: path.display) }
    return planes
  }

  /// Each face's landmarks in display pixels, by track.
  private var landmarksByTrack: [(track: Int, points: [SIMD2<Float>])] {
    record.faces.compactMap { face in
      guard let landmarks = face.landmarks, landmarks.count == 68 else { return nil }
      return (face.track, landmarks.map { SIMD2(Float($0[0]), Float($0[1])) })
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
    for face in record.faces where face.box.count == 4 {
      let box = face.box
      image.strokeRectangle(x: box[0], y: box[1], width: box[2], height: box[3], thickness: thickness, (0, 255, 0))
      image.drawLabel("#\(face.track)", x: box[0], y: max(0, box[1] - 8 * thickness), scale: thickness + 1, (0, 255, 0))
      for point in face.landmarks ?? [] where point.count == 2 {
        image.fillSquare(
          centreX: Int(point[0].rounded()), centreY: Int(point[1].rounded()), radius: thickness, (255, 60, 60))
      }
    }
    return try PNGEncoder.encode(image)
  }
}
