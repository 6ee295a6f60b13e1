import Foundation
import SeamScanFiles
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
  /// The frame as the scan decodes it, with its picture: crops are cut from it as the scan cuts them.
  private let analysedFrame: DecodedFrame
  /// Each face's landmarks in analysis pixels, by public track id.
  private let analysisShapes: [(track: Int, points: [SIMD2<Float>])]

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
    analysedFrame = snapshot.frame
    analysisShapes = snapshot.faces.map { ($0.face.track, $0.face.shape.points) }
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

  /// Each face as the cues and the face network see it: an aligned crop cut as the scan cuts
  /// it (``AlignedCrop/sample(_:detail:alignment:size:)``), as PNG, with its track.
  public func alignedCropPNGs() throws -> [(track: Int, png: Data)] {
    guard let planes = analysedFrame.planes() else { throw MediaError.noFrames(path: path.display) }
    let detail = analysedFrame.detail
    return try analysisShapes.compactMap { face -> (track: Int, png: Data)? in
      guard let alignment = FaceAlignment(landmarks: face.points) else { return nil }
      let crop = AlignedCrop.sample(planes, detail: detail, alignment: alignment)
      return (face.track, try PNGEncoder.encode(RGBImage(crop)))
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
