import Foundation
import SeamScanFaces

/// The loaded face models, shared by every input of a batch.
public struct FaceKit: Sendable {
  public let detector: FaceDetector
  public let predictor: ShapePredictor
  public let tracking: TrackingParameters
  /// Each model file with its SHA-256, for the video record.
  let modelRecords: [JSONValue]
  private let files: FaceModelFiles

  /// Loads and hashes the models (at the same time: hashing 100 MB costs as much as
  /// parsing it); throws a message naming the Debian package of a missing one.
  public init(
    files: FaceModelFiles, cascade: CascadeClassifier.Parameters, detectSide: Int, tracking: TrackingParameters
  ) async throws {
    try files.checkPresent()
    async let records = Self.hashRecords(files)
    detector = FaceDetector(
      frontal: try CascadeClassifier(contentsOf: files.frontal.url),
      profile: try CascadeClassifier(contentsOf: files.profile.url),
      parameters: cascade, maxSide: detectSide)
    predictor = try ShapePredictor(contentsOf: files.landmarks.url)
    self.tracking = tracking
    self.files = files
    modelRecords = try await records
  }

  private static func hashRecords(_ files: FaceModelFiles) async throws -> [JSONValue] {
    try files.all.map { file in
      guard let digest = FileDigest(path: file.url.path) else {
        throw FaceModelError(message: "face model \(file.url.path) cannot be read")
      }
      return .object(JSONObject([
        "role": .string(file.role),
        "path": .string(file.url.path),
        "sha256": .string(digest.sha256),
        "size": .int(digest.size),
        "package": .string(file.debianPackage),
      ]))
    }
  }

  /// The face-finding parameters for the `options` object.
  var optionsJSON: JSONObject {
    let cascade = detector.parameters
    return JSONObject([
      "frontal_cascade": .string(files.frontal.url.deletingPathExtension().lastPathComponent),
      "profile_cascade": .string(files.profile.url.deletingPathExtension().lastPathComponent + " (and mirrored)"),
      "scale_factor": .double(cascade.scaleFactor),
      "min_neighbors": .int(cascade.minNeighbors),
      "min_face": .int(cascade.minWidth),
      "detect_side": .int(detector.maxSide),
      "detect_every": .int(tracking.detectEvery),
      "confirm_every": .int(tracking.confirmEvery),
      "max_unconfirmed_frames": .int(tracking.maxUnconfirmedFrames),
      "scene_cut_threshold": .double(tracking.sceneCutThreshold),
    ])
  }
}
