import Foundation
import SeamScanImaging

@testable import SeamScanFaces

/// The public-domain portrait and the real face models that the tracker tests run on.
enum TrackerFixtures {
  static let portrait: GrayImage = {
    let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/cascade/astronaut_letterbox_640x360.pgm")
    return try! PGMFixture.read(url)
  }()

  static let kit: (detector: FaceDetector, predictor: ShapePredictor) = {
    let files = FaceModelFiles()
    let detector = FaceDetector(
      frontal: try! CascadeClassifier(contentsOf: files.frontal.url),
      profile: try! CascadeClassifier(contentsOf: files.profile.url),
      surveying: try! CascadeClassifier(contentsOf: files.survey.url),
      parameters: CascadeClassifier.Parameters(minSize: (30, 30)))
    return (detector, try! ShapePredictor(contentsOf: files.landmarks.url))
  }()
}
