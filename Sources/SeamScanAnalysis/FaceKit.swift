import Foundation
import SeamScanConcurrency
import SeamScanFaces
import SeamScanMedia
import SeamScanRecords

/// The loaded face models, shared by every input of a batch.
public struct FaceKit: Sendable {
  public let detector: FaceDetector
  public let predictor: ShapePredictor
  public let tracking: TrackingParameters
  /// Each model file with its SHA-256, for the video record.
  public let modelRecords: [ModelFileRecord]
  private let files: FaceModelFiles

  /// Loads and hashes the models (at the same time: hashing 100 MB costs as much as
  /// parsing it); throws a message naming the Debian package of a missing one.
  public init(
    files: FaceModelFiles, cascade: CascadeClassifier.Parameters, detectSide: Int, tracking: TrackingParameters
  )
    async throws
  {
    try files.checkPresent()
    async let records = Self.hashRecords(files)
    detector = FaceDetector(
      frontal: try CascadeClassifier(contentsOf: files.frontal.url),
      profile: try CascadeClassifier(contentsOf: files.profile.url),
      surveying: try CascadeClassifier(contentsOf: files.survey.url), parameters: cascade, maxSide: detectSide)
    predictor = try ShapePredictor(contentsOf: files.landmarks.url)
    self.tracking = tracking
    self.files = files
    modelRecords = try await records
  }

  /// A fresh tracker for one input; with a limit, its cascade scans stay within that input's threads.
  public func makeTracker(threads: ThreadLimit? = nil) -> FaceTracker<FaceDetector, ShapePredictor> {
    FaceTracker(detector: threads.map(detector.sharing) ?? detector, predictor: predictor, parameters: tracking)
  }

  private static func hashRecords(_ files: FaceModelFiles) async throws -> [ModelFileRecord] {
    try files.all.map { file in
      guard let digest = FileDigest(path: file.url.path) else {
        throw FaceModelError(message: "face model \(file.url.path) cannot be read")
      }
      return ModelFileRecord(
        role: file.role, path: file.url.path, sha256: digest.sha256, size: digest.size, package: file.debianPackage)
    }
  }

  /// The face-finding parameters for the record's `options`.
  var findingOptions: FaceFindingOptions {
    let cascade = detector.parameters
    return FaceFindingOptions(
      frontalCascade: files.frontal.url.deletingPathExtension().lastPathComponent,
      profileCascade: files.profile.url.deletingPathExtension().lastPathComponent + " (and mirrored)",
      surveyCascade: files.survey.url.deletingPathExtension().lastPathComponent,
      scaleFactor: cascade.scaleFactor, minNeighbors: cascade.minNeighbors, minFace: cascade.minWidth,
      detectSide: detector.maxSide, detectEvery: tracking.detectEvery, confirmEvery: tracking.confirmEvery,
      maxUnconfirmedFrames: tracking.maxUnconfirmedFrames, sceneCutThreshold: tracking.sceneCutThreshold,
      decisionFrames: tracking.decisionFrames, lostSearchFrames: tracking.lostSearchFrames,
      appearanceFailureLimit: tracking.appearanceFailureLimit, minimumEyeContrast: FaceAppearance.minimumEyeContrast,
      openingScans: TrackingParameters.openingScans.sorted(),
      uprightRollLimit: Double(TrackingParameters.uprightRollLimit),
      rollSearchAngles: TrackingParameters.rollSearchAngles.map(Double.init))
  }
}
