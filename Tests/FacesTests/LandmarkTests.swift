import Foundation
import SeamScanImaging
import Testing

@testable import SeamScanFaces

@Suite struct LandmarkTests {
  /// Good fits (the detector's box, or one shifted up to 12% or scaled 0.85–1.2×) measured
  /// 0.059–0.101 on these fixtures, boxes a third over a side edge 0.19–0.28 (see `FaceBox.residualGate`).
  static let goodFitBound: Float = 0.15

  /// Loading takes a fraction of a second; share one predictor across tests.
  private static let predictor = Result { try ShapePredictor(contentsOf: LandmarkFixtureIO.modelURL) }

  private func loadPredictor() throws -> ShapePredictor {
    try Self.predictor.get()
  }

  // MARK: - Golden comparison with libdlib 19.24

  @Test func landmarksMatchLibdlibOnEveryFixtureBox() throws {
    let predictor = try loadPredictor()
    let fixtures = try LandmarkFixtureIO.allFixtures()
    var faces = 0
    var points = 0
    var identical = 0
    var worst = 0
    for fixture in fixtures {
      #expect(fixture.image.width == fixture.golden.width, "\(fixture.name)")
      #expect(fixture.image.height == fixture.golden.height, "\(fixture.name)")
      for face in fixture.golden.faces {
        let predicted = predictor.predict(in: fixture.image, box: face.box).roundedPoints
        #expect(predicted.count == face.points.count, "\(fixture.name) \(face.box)")
        for (mine, theirs) in zip(predicted, face.points) {
          let error = max(abs(mine.x - theirs[0]), abs(mine.y - theirs[1]))
          identical += error == 0 ? 1 : 0
          worst = max(worst, error)
        }
        points += face.points.count
        faces += 1
      }
    }
    #expect(faces >= 30, "too few golden faces")
    #expect(identical == points, "landmarks differing from libdlib: \(points - identical) of \(points)")
    #expect(worst == 0, "largest landmark error against libdlib, in pixels")
  }

  @Test func fixturesIncludeBoxesReachingOutsideTheImage() throws {
    let fixtures = try LandmarkFixtureIO.allFixtures()
    let outside = fixtures.flatMap { fixture in
      fixture.golden.faces.filter {
        $0.box.left < 0 || $0.box.top < 0 || $0.box.right >= fixture.image.width
          || $0.box.bottom >= fixture.image.height
      }
    }
    #expect(outside.count >= 4 * fixtures.count)
  }

  // MARK: - Model file

  @Test func modelHasTheShapeOfDlibs68PointPredictor() throws {
    let model = try loadPredictor().model
    #expect(model.partCount == 68)
    #expect(model.levelCount == 15)
    #expect(model.levelTrees.last == 15 * 500)
    #expect(model.splitsPerTree == 15)
    #expect(model.leafValues.count == 15 * 500 * 16 * 136)
    #expect(model.anchors.count == 15 * 500)
    #expect(model.deltas.count == 2 * 15 * 500)
    #expect(model.initialShape[0] == Float(15_808_589) * 0x1p-29)
    #expect(model.splits[0] == TreeSplit(first: 39, second: 132, threshold: Float(9_055_412) * 0x1p-18))
  }

  @Test func truncatedModelThrowsAReadableError() throws {
    let handle = try FileHandle(forReadingFrom: LandmarkFixtureIO.modelURL)
    defer { try? handle.close() }
    let head = handle.readData(ofLength: 1 << 20)
    if let error = #expect(throws: (any Error).self, performing: { try ShapePredictor(dlibData: head) }) {
      switch error {
      case DlibFormatError.truncated: break
      default: Issue.record("unexpected \(error)")
      }
    }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("seamscan-truncated-\(UUID()).dat")
    try head.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    if let error = #expect(throws: (any Error).self, performing: { try ShapePredictor(contentsOf: url) }) {
      #expect("\(error)".contains("truncated"), "\(error)")
    }
  }

  @Test func garbageAndMissingFilesThrow() throws {
    var generator = SystemRandomNumberGenerator()
    let garbage = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
    #expect(throws: (any Error).self) { try ShapePredictor(dlibData: garbage) }
    #expect(throws: (any Error).self) { try ShapePredictor(dlibData: Data("not a model\n".utf8)) }
    #expect(throws: (any Error).self) { try ShapePredictor(dlibData: Data()) }
    let missing = URL(fileURLWithPath: "/nonexistent/shape_predictor.dat")
    if let error = #expect(throws: (any Error).self, performing: { try ShapePredictor(contentsOf: missing) }) {
      #expect("\(error)".contains(missing.path), "\(error)")
    }
  }

  @Test func handMadeModelFollowsDlibsRules() throws {
    // Two landmarks at (0.25, 0.5) and (0.75, 0.5); one tree whose split
    // compares the pixels under them and whose left leaf moves both right.
    var bytes = DlibTestEncoder()
    bytes.int(1)
    bytes.column([0.25, 0.5, 0.75, 0.5])
    bytes.int(1)
    bytes.int(1)  // one level of one tree
    bytes.int(1)
    bytes.int(0)
    bytes.int(1)
    bytes.float(10)  // split: p0 − p1 > 10
    bytes.int(2)
    bytes.column([0.125, 0, 0.125, 0])
    bytes.column([0, 0, 0, 0])
    bytes.int(1)
    bytes.int(2)
    bytes.int(0)
    bytes.int(1)  // anchors
    bytes.int(1)
    bytes.int(2)
    for _ in 0..<4 { bytes.float(0) }  // deltas
    let predictor = try ShapePredictor(dlibData: Data(bytes.bytes))
    #expect(predictor.partCount == 2)

    var image = GrayImage(width: 11, height: 11)
    image[3, 5] = 200  // 0.25 · 10 = 2.5, and dlib rounds halves up
    let inside = predictor.predict(in: image, box: DlibRect(left: 0, top: 0, right: 10, bottom: 10))
    #expect(inside.roundedPoints == [SIMD2(4, 5), SIMD2(9, 5)])
    // One pixel further left the samples land on 2 and 7: no move.
    let shifted = predictor.predict(in: image, box: DlibRect(left: -1, top: 0, right: 9, bottom: 10))
    #expect(shifted.roundedPoints == [SIMD2(2, 5), SIMD2(7, 5)])
    // Outside the image pixels read as 0, so the split still fails.
    let outside = predictor.predict(in: image, box: DlibRect(left: -40, top: 0, right: -30, bottom: 10))
    #expect(outside.roundedPoints == [SIMD2(-37, 5), SIMD2(-32, 5)])
    // Every prefix of the file is an error, not a crash.
    for length in stride(from: 0, to: bytes.bytes.count, by: 3) {
      #expect(throws: (any Error).self) { try ShapePredictor(dlibData: Data(bytes.bytes.prefix(length))) }
    }
  }

  // MARK: - Primitive decoding

  private func decode<T>(_ bytes: [UInt8], _ read: (inout DlibDecoder) throws -> T) throws -> (T, atEnd: Bool) {
    try bytes.withUnsafeBytes { raw in
      var decoder = DlibDecoder(raw)
      let value = try read(&decoder)
      return (value, decoder.isAtEnd)
    }
  }

  @Test func decodesHandMadeIntegers() throws {
    #expect(try decode([0x01, 0x00]) { try $0.readInt() } == (0, atEnd: true))
    #expect(try decode([0x01, 0x01]) { try $0.readInt() } == (1, atEnd: true))
    #expect(try decode([0x81, 0x88]) { try $0.readInt() } == (-136, atEnd: true))
    #expect(try decode([0x02, 0xF4, 0x01]) { try $0.readInt() } == (500, atEnd: true))
    #expect(try decode([0x08, 1, 0, 0, 0, 0, 0, 0, 0x40]) { try $0.readInt() } == (1 << 62 + 1, atEnd: true))
    if let error = #expect(throws: (any Error).self, performing: { try decode([0x02, 0xF4]) { try $0.readInt() } }) {
      #expect((error as? DlibFormatError) == .truncated(at: 0))
    }
    // 0x70 bits mean dlib's old text format; 0 or more than 8 bytes is invalid.
    for control: UInt8 in [0x31, 0x00, 0x09] {
      if let error = #expect(
        throws: (any Error).self, performing: { try decode([control, 0, 0, 0, 0, 0, 0, 0, 0, 0]) { try $0.readInt() } })
      {
        #expect((error as? DlibFormatError) == .badInteger(at: 0))
      }
    }
    #expect(throws: (any Error).self) { try decode([0x81, 0x05]) { try $0.readCount(max: 10) } }
    #expect(throws: (any Error).self) { try decode([0x01, 0x0B]) { try $0.readCount(max: 10) } }
  }

  @Test func decodesHandMadeFloats() throws {
    // The first value of the real model: mantissa 0xF1384D, exponent −29.
    #expect(try decode([0x03, 0x4D, 0x38, 0xF1, 0x81, 0x1D]) { try $0.readFloat() }.0 == 15_808_589 * 0x1p-29)
    #expect(try decode([0x81, 0x03, 0x81, 0x01]) { try $0.readFloat() }.0 == -1.5)
    #expect(try decode([0x01, 0x00, 0x01, 0x00]) { try $0.readFloat() }.0 == 0)
    #expect(try decode([0x01, 0x01, 0x02, 0x00, 0x7D]) { try $0.readFloat() }.0 == .infinity)
    #expect(try decode([0x01, 0x01, 0x02, 0x01, 0x7D]) { try $0.readFloat() }.0 == -.infinity)
    #expect(try decode([0x01, 0x01, 0x02, 0x02, 0x7D]) { try $0.readFloat() }.0.isNaN)
    #expect(throws: (any Error).self) { try decode([0x01, 0x01, 0x03, 0x00, 0x00, 0x01]) { try $0.readFloat() } }
  }

  // MARK: - Similarity fit

  private let reference = SimilarityReference(points: [0, 0, 1, 0, 1, 2, -0.5, 3, 2, 1.5])

  @Test func similarityFitRecoversAKnownTransform() {
    let angle = 0.35
    let scale = 1.7
    let shift = SIMD2(3.0, -2.0)
    let truth = SimilarityFit(a: scale * cos(angle), b: scale * sin(angle), translation: shift)
    let from: [Float] = [0, 0, 1, 0, 1, 2, -0.5, 3, 2, 1.5]
    let to = (0..<5).flatMap { i -> [Float] in
      let p = truth.apply(SIMD2(Double(from[2 * i]), Double(from[2 * i + 1])))
      return [Float(p.x), Float(p.y)]
    }
    let fit = reference.fit(to: to)
    #expect(abs(fit.a - truth.a) <= 1e-6)
    #expect(abs(fit.b - truth.b) <= 1e-6)
    #expect(abs(fit.translation.x - shift.x) <= 1e-5)
    #expect(abs(fit.translation.y - shift.y) <= 1e-5)
  }

  @Test func similarityFitOfAMirrorImageMatchesUmeyamasReflectionRule() {
    // Umeyama/dlib on a mirrored set: cov = diag(−0.5, 2), σ² = 2.5,
    // singular values 2 and 0.5, reflection fix → c = (2 − 0.5)/2.5, R = I.
    let cross = SimilarityReference(points: [1, 0, -1, 0, 0, 2, 0, -2])
    let fit = cross.fit(to: [-1, 0, 1, 0, 0, 2, 0, -2])
    #expect(abs(fit.a - 0.6) <= 1e-12)
    #expect(abs(fit.b) <= 1e-12)
  }

  // MARK: - Face boxes

  @Test func cascadeBoxMapsToASmallerLowerDlibBox() {
    // Side 80 → 70; centre (139.5, 139.5) moves down by 0.066 · 80.
    #expect(
      FaceBox.dlibRect(fromCascade: 100, y: 100, width: 80, height: 80)
        == DlibRect(left: 105, top: 110, right: 174, bottom: 179))
    let mapped = FaceBox.dlibRect(fromCascade: 10, y: 20, width: 200, height: 200)
    #expect(mapped.width == 175)
    #expect(mapped.height == 175)
  }

  @Test func refitOfTheMeanShapeReturnsItsBox() throws {
    let predictor = try loadPredictor()
    for box in [
      DlibRect(left: 40, top: 30, right: 139, bottom: 129), DlibRect(left: -20, top: 7, right: 52, bottom: 79),
    ] {
      let shape = FaceShape(
        points: predictor.meanShape.map { p in
          let q = box.unnormalize(p.x, p.y)
          return SIMD2(Float(q.x), Float(q.y))
        })
      #expect(FaceBox.refit(shape, predictor: predictor) == box)
      #expect(abs(FaceBox.fitResidual(shape, predictor: predictor)) <= 1e-5)
    }
  }

  @Test func refitSettlesNearTheDetectorBox() throws {
    let predictor = try loadPredictor()
    for fixture in try LandmarkFixtureIO.allFixtures() {
      let detected = try #require(fixture.golden.faces.first).box
      let shape = predictor.predict(in: fixture.image, box: detected)
      let refit = FaceBox.refit(shape, predictor: predictor)
      // The HOG detector's sides come in 1.2× steps, so the landmark box
      // differs from it; it must still cover the same face...
      #expect(intersectionOverUnion(refit, detected) > 0.6, "\(fixture.name)")
      // ...and be a fixed point: predicting again barely moves it.
      let again = FaceBox.refit(predictor.predict(in: fixture.image, box: refit), predictor: predictor)
      let drift = [
        again.left - refit.left, again.top - refit.top, again.right - refit.right, again.bottom - refit.bottom,
      ]
      .map(abs).max()!
      #expect(Double(drift) <= 0.02 * Double(refit.width), "\(fixture.name)")
      #expect(FaceBox.fitResidual(shape, predictor: predictor) < Self.goodFitBound, "\(fixture.name)")
    }
  }

  @Test func boxesOverASideEdgeGiveImplausibleFits() throws {
    let predictor = try loadPredictor()
    var checked = 0
    for fixture in try LandmarkFixtureIO.allFixtures() {
      for face in fixture.golden.faces where face.box.left < 0 || face.box.right >= fixture.image.width {
        let shape = predictor.predict(in: fixture.image, box: face.box)
        #expect(FaceBox.fitResidual(shape, predictor: predictor) > Self.goodFitBound, "\(fixture.name)")
        checked += 1
      }
    }
    #expect(checked > 0)
  }

  private func intersectionOverUnion(_ a: DlibRect, _ b: DlibRect) -> Double {
    let width = max(0, min(a.right, b.right) - max(a.left, b.left) + 1)
    let height = max(0, min(a.bottom, b.bottom) - max(a.top, b.top) + 1)
    let intersection = Double(width * height)
    return intersection / (Double(a.width * a.height + b.width * b.height) - intersection)
  }

  @Test func scatteredPointsAreImplausible() throws {
    let predictor = try loadPredictor()
    var generator = SystemRandomNumberGenerator()
    let scattered = FaceShape(
      points: (0..<68).map { _ in
        SIMD2(Float.random(in: 0..<100, using: &generator), Float.random(in: 0..<100, using: &generator))
      })
    #expect(FaceBox.fitResidual(scattered, predictor: predictor) > FaceBox.residualGate)
    #expect(FaceBox.fitResidual(FaceShape(points: [SIMD2(1, 1)]), predictor: predictor) == .infinity)
  }

  @Test func roundingIsHalfUpLikeDlib() {
    let shape = FaceShape(points: [SIMD2(2.5, -2.5), SIMD2(-0.5, 3.49)])
    #expect(shape.roundedPoints == [SIMD2(3, -2), SIMD2(0, 3)])
  }
}

/// Writes dlib's binary serialization, to build tiny models by hand.
private struct DlibTestEncoder {
  var bytes: [UInt8] = []

  mutating func int(_ value: Int64) {
    var magnitude = value.magnitude
    var body: [UInt8] = []
    repeat {
      body.append(UInt8(magnitude & 0xFF))
      magnitude >>= 8
    } while magnitude > 0
    bytes.append(UInt8(body.count) | (value < 0 ? 0x80 : 0))
    bytes += body
  }

  /// mantissa · 2^exponent with a 24-bit integer mantissa.
  mutating func float(_ value: Float) {
    if value == 0 {
      int(0)
      int(0)
      return
    }
    int(Int64(value.significand * 0x1p23) * (value < 0 ? -1 : 1))
    int(Int64(value.exponent) - 23)
  }

  mutating func column(_ values: [Float]) {
    int(-Int64(values.count))
    int(-1)
    for value in values { float(value) }
  }
}
