import SeamScanConcurrency
import SeamScanImaging
import SeamScanRecords

/// Frontal and profile Haar cascades, and a fast LBP cascade for surveys.
///
/// The frontal cascade runs first; the profile cascade (on the frame and on
/// its mirror, since it only knows faces turned one way) runs only when the
/// frontal one finds nothing. Profile scans cost twice a frontal scan, and a
/// frame with a frontal face rarely has a profile face the tracker has not
/// met already. Overlapping finds are merged, so a face yields one candidate.
///
/// A survey runs the frontal LBP cascade alone: about a quarter of a full
/// scan's cost, with lower recall and more false finds. It serves the periodic
/// look for new faces while faces are being tracked; what it proposes must be
/// found again by the Haar cascades near where it is before it counts.
public struct FaceDetector: FaceFinding {
  public let frontal: CascadeClassifier
  public let profile: CascadeClassifier
  public let surveying: CascadeClassifier
  public var parameters: CascadeClassifier.Parameters
  /// Frames whose longest side exceeds this are halved (2×2 means) before the
  /// cascades run, until they fit; 0 never shrinks. The cascades' cost grows
  /// with the pixel count, and the landmarks are still fitted at full analysis
  /// resolution, so only faces smaller than about twice `minSize` are lost.
  public var maxSide: Int

  /// Two candidates overlapping more than this are the same face.
  static let sameFaceOverlap = 0.3

  public init(
    frontal: CascadeClassifier, profile: CascadeClassifier, surveying: CascadeClassifier,
    parameters: CascadeClassifier.Parameters, maxSide: Int = 0
  ) {
    self.frontal = frontal
    self.profile = profile
    self.surveying = surveying
    self.parameters = parameters
    self.maxSide = maxSide
  }

  /// The same detector, its cascade scans spread only over the threads `limit` leaves idle.
  public func sharing(_ limit: ThreadLimit) -> FaceDetector {
    FaceDetector(
      frontal: frontal.sharing(limit), profile: profile.sharing(limit), surveying: surveying.sharing(limit),
      parameters: parameters, maxSide: maxSide)
  }

  /// Candidates in `image`'s own pixel coordinates.
  public func detect(in image: GrayImage) -> [FaceCandidate] {
    shrinkingToMaxSide(image) { detectAtScale(in: $0, parameters: $1) }
  }

  /// Candidates of the fast frontal cascade alone.
  public func survey(in image: GrayImage) -> [FaceCandidate] {
    shrinkingToMaxSide(image) { shrunk, parameters in
      surveying.detectWithNeighbours(in: shrunk, parameters: parameters).map {
        FaceCandidate(box: Self.dlibBox($0.rect), neighbours: $0.neighbours, source: .lbpFrontal)
      }
    }
  }

  /// Candidates of the frontal Haar cascade alone, without the profile scans: a third of
  /// ``detect(in:)``'s cost on a frame without faces.
  public func detectFrontal(in image: GrayImage) -> [FaceCandidate] {
    shrinkingToMaxSide(image) { shrunk, parameters in
      frontal.detectWithNeighbours(in: shrunk, parameters: parameters).map {
        FaceCandidate(box: Self.dlibBox($0.rect), neighbours: $0.neighbours, source: .frontal)
      }
    }
  }

  /// Runs `scan` on `image` halved until it fits ``maxSide``, and scales its boxes back.
  private func shrinkingToMaxSide(
    _ image: GrayImage, _ scan: (GrayImage, CascadeClassifier.Parameters) -> [FaceCandidate]
  ) -> [FaceCandidate] {
    var shrunk = image
    var factor = 1
    while maxSide > 0, max(shrunk.width, shrunk.height) > maxSide, min(shrunk.width, shrunk.height) >= 2 * 24 {
      shrunk = shrunk.resizedBilinear(width: shrunk.width / 2, height: shrunk.height / 2)
      factor *= 2
    }
    var shrunkParameters = parameters
    if let minSize = parameters.minSize {
      shrunkParameters.minSize = (max(1, minSize.0 / factor), max(1, minSize.1 / factor))
    }
    return scan(shrunk, shrunkParameters).map { candidate in
      var scaled = candidate
      scaled.box = DlibRect(
        left: candidate.box.left * factor, top: candidate.box.top * factor,
        right: (candidate.box.right + 1) * factor - 1, bottom: (candidate.box.bottom + 1) * factor - 1)
      return scaled
    }
  }

  /// Candidates for the face in `box` (landmark-model convention): the cascades run on the
  /// region around it only, for faces from 0.7 to 1.5 times its size.
  public func detect(in image: GrayImage, near box: DlibRect) -> [FaceCandidate] {
    let margin = box.width / 2
    let frame = PixelRect(x: 0, y: 0, width: image.width, height: image.height)
    let wanted = PixelRect(
      x: box.left - margin, y: box.top - margin, width: box.width + 2 * margin, height: box.height + 2 * margin)
    guard let region = wanted.intersection(frame) else { return [] }
    // Cascade boxes are about 1/0.875 of the landmark model's side (see `FaceBox`).
    let cascadeSide = Double(box.width) / 0.875
    var nearby = parameters
    nearby.minSize = (Int(0.7 * cascadeSide), Int(0.7 * cascadeSide))
    nearby.maxSize = (Int(1.5 * cascadeSide), Int(1.5 * cascadeSide))
    return detectAtScale(in: image.cropped(to: region), parameters: nearby).map { candidate in
      var shifted = candidate
      shifted.box = DlibRect(
        left: candidate.box.left + region.x, top: candidate.box.top + region.y,
        right: candidate.box.right + region.x, bottom: candidate.box.bottom + region.y)
      return shifted
    }
  }

  private func detectAtScale(in image: GrayImage, parameters: CascadeClassifier.Parameters) -> [FaceCandidate] {
    var candidates = frontal.detectWithNeighbours(in: image, parameters: parameters).map {
      FaceCandidate(box: Self.dlibBox($0.rect), neighbours: $0.neighbours, source: .frontal)
    }
    guard candidates.isEmpty else { return candidates }
    let turned = profile.detectWithNeighbours(in: image, parameters: parameters).map {
      FaceCandidate(box: Self.dlibBox($0.rect), neighbours: $0.neighbours, source: .profile)
    }
    let mirrored = profile.detectWithNeighbours(in: image.mirrored(), parameters: parameters).map { found in
      let rect = PixelRect(
        x: image.width - found.rect.x - found.rect.width, y: found.rect.y, width: found.rect.width,
        height: found.rect.height)
      return FaceCandidate(box: Self.dlibBox(rect), neighbours: found.neighbours, source: .profileMirrored)
    }
    for candidate in turned + mirrored
    where !candidates.contains(where: { $0.box.overlap(candidate.box) > Self.sameFaceOverlap }) {
      candidates.append(candidate)
    }
    return candidates
  }

  private static func dlibBox(_ rect: PixelRect) -> DlibRect {
    FaceBox.dlibRect(fromCascade: rect.x, y: rect.y, width: rect.width, height: rect.height)
  }
}
