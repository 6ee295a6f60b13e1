import Foundation
import SeamScanImaging
import Testing

@testable import SeamScanFaces

@Suite struct CascadeTests {
  // MARK: - Golden comparison with OpenCV 4.6

  /// One `detectMultiScale` call recorded by Scripts/make-cascade-fixtures.
  private struct GoldenCase: Decodable {
    var image: String
    var cascade: String
    var scaleFactor: Double
    var minNeighbors: Int
    var minSize: [Int]
    var maxSize: [Int]
    /// `[x, y, width, height, neighbours]`
    var boxes: [[Int]]

    var parameters: CascadeClassifier.Parameters {
      CascadeClassifier.Parameters(
        scaleFactor: scaleFactor, minNeighbors: minNeighbors,
        minSize: (minSize[0], minSize[1]), maxSize: (maxSize[0], maxSize[1]))
    }
  }

  private struct GoldenFile: Decodable {
    var opencv: String
    var cases: [GoldenCase]
  }

  private static let cascadeRoot = URL(fileURLWithPath: "/usr/share/opencv4")
  private static var fixtureDirectory: URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures/cascade")
  }

  private struct Tally {
    var expected = 0
    var matched = 0
    var minimumIoU = 1.0
  }

  @Test func everyOpenCVBoxIsFoundAndNothingElse() throws {
    let golden = try JSONDecoder().decode(
      GoldenFile.self, from: Data(contentsOf: Self.fixtureDirectory.appendingPathComponent("expected.json")))
    #expect(golden.opencv == "4.6.0")
    var classifiers: [String: CascadeClassifier] = [:]
    var images: [String: GrayImage] = [:]
    var tallies: [String: Tally] = [:]

    for golden in golden.cases {
      if classifiers[golden.cascade] == nil {
        classifiers[golden.cascade] = try CascadeClassifier(
          contentsOf: Self.cascadeRoot.appendingPathComponent(golden.cascade))
      }
      if images[golden.image] == nil {
        images[golden.image] = try PGMFixture.read(Self.fixtureDirectory.appendingPathComponent(golden.image))
      }
      let found = classifiers[golden.cascade]!.detectWithNeighbours(
        in: images[golden.image]!,
        parameters: golden.parameters)
      let label =
        "\(golden.cascade) on \(golden.image), scaleFactor \(golden.scaleFactor), "
        + "minNeighbors \(golden.minNeighbors), size \(golden.minSize)–\(golden.maxSize)"

      var unmatched = found
      var tally = tallies[golden.cascade, default: Tally()]
      for box in golden.boxes {
        let expected = PixelRect(x: box[0], y: box[1], width: box[2], height: box[3])
        tally.expected += 1
        let best = unmatched.indices.max {
          unmatched[$0].rect.intersectionOverUnion(expected) < unmatched[$1].rect.intersectionOverUnion(expected)
        }
        guard let best, unmatched[best].rect.intersectionOverUnion(expected) >= 0.99 else {
          Issue.record("\(label): OpenCV box \(expected) has no match")
          continue
        }
        tally.matched += 1
        tally.minimumIoU = min(tally.minimumIoU, unmatched[best].rect.intersectionOverUnion(expected))
        #expect(unmatched[best].neighbours == box[4], "\(label): neighbours of \(expected)")
        unmatched.remove(at: best)
      }
      #expect(unmatched.isEmpty, "\(label): boxes OpenCV does not find: \(unmatched.map(\.rect))")
      tallies[golden.cascade] = tally
    }

    // The comparison must not pass vacuously: each required cascade has to find something.
    for cascade in [
      "haarcascades/haarcascade_frontalface_default.xml", "haarcascades/haarcascade_frontalface_alt2.xml",
      "haarcascades/haarcascade_profileface.xml", "lbpcascades/lbpcascade_frontalface.xml",
    ] {
      #expect((tallies[cascade]?.expected ?? 0) >= 10, "too few golden boxes for \(cascade)")
    }
    for (cascade, tally) in tallies {
      #expect(tally.matched == tally.expected, "\(cascade): boxes matched")
      #expect(tally.minimumIoU >= 0.99, "\(cascade): smallest IoU")
    }
  }

  @Test func detectReturnsTheBoxesOfDetectWithNeighbours() throws {
    let classifier = try CascadeClassifier(
      contentsOf: Self.cascadeRoot.appendingPathComponent("haarcascades/haarcascade_frontalface_default.xml"))
    let image = try PGMFixture.read(Self.fixtureDirectory.appendingPathComponent("astronaut_two_up_400x240.pgm"))
    let parameters = CascadeClassifier.Parameters()
    let boxes = classifier.detect(in: image, parameters: parameters)
    #expect(boxes == classifier.detectWithNeighbours(in: image, parameters: parameters).map(\.rect))
    #expect(boxes.count >= 2, "both faces of the two-up fixture")
  }

  // MARK: - Loading

  private static let tinyHaarCascade = """
    <?xml version="1.0"?>
    <!-- a hand-made two-stage cascade -->
    <opencv_storage>
    <cascade type_id="opencv-cascade-classifier"><stageType>BOOST</stageType>
      <featureType>HAAR</featureType>
      <height>8</height>
      <width>6</width>
      <stageParams><maxWeakCount>2</maxWeakCount></stageParams>
      <featureParams><maxCatCount>0</maxCatCount></featureParams>
      <stageNum>2</stageNum>
      <stages>
        <_>
          <maxWeakCount>1</maxWeakCount>
          <stageThreshold>-1.5</stageThreshold>
          <weakClassifiers>
            <_><internalNodes>0 -1 1 2.5e-01</internalNodes><leafValues>-1. 1.</leafValues></_>
          </weakClassifiers></_>
        <!-- stage 1 -->
        <_>
          <maxWeakCount>1</maxWeakCount>
          <stageThreshold>0.25</stageThreshold>
          <weakClassifiers>
            <_><internalNodes>1 -1 0 -3. 0 -2 1 4.</internalNodes><leafValues>0.5 -0.5 0.75</leafValues></_>
          </weakClassifiers></_></stages>
      <features>
        <_><rects><_>0 0 6 4 -1.</_><_>0 4 6 4 1.</_></rects></_>
        <_><rects><_>1 1 4 6 -1.</_><_>2 1 2 6 2.</_></rects><tilted>0</tilted></_>
      </features></cascade>
    </opencv_storage>
    """

  @Test func parsesATinyInlineHaarCascade() throws {
    let model = try CascadeModel(xml: CascadeXML(bytes: Array(Self.tinyHaarCascade.utf8)))
    #expect(model.windowWidth == 6)
    #expect(model.windowHeight == 8)
    #expect(model.stages.count == 2)
    #expect(!model.isStumpOnly)
    // OpenCV lowers every stage threshold by THRESHOLD_EPS, in float.
    #expect(model.stages[0].threshold == Float(-1.5) - Float(1e-5))
    #expect(model.stages[1].threshold == Float(0.25) - Float(1e-5))
    let tree = model.stages[1].trees[0]
    #expect(tree.nodes.map(\.left) == [1, 0])
    #expect(tree.nodes.map(\.right) == [-1, -2])
    #expect(tree.nodes.map(\.featureIndex) == [0, 1])
    #expect(tree.nodes.map(\.threshold) == [-3, 4])
    #expect(tree.leaves == [0.5, -0.5, 0.75])
    guard case .haar(let features) = model.features else {
      Issue.record("expected Haar features")
      return
    }
    #expect(features.count == 2)
    #expect(features[1].rects.map(\.weight) == [-1, 2])
    #expect(features[1].rects[1].x == 2)
    #expect(features[1].rects[1].height == 6)
  }

  @Test func parsesLBPCategorySetsAsUnsignedBitPatterns() throws {
    let xml = """
      <opencv_storage><cascade><stageType>BOOST</stageType><featureType>LBP</featureType>
      <height>9</height><width>9</width><featureParams><maxCatCount>256</maxCatCount></featureParams>
      <stages><_><stageThreshold>-0.5</stageThreshold><weakClassifiers>
        <_><internalNodes>0 -1 0 -17409 -1 0 1 2 3 4 -2147483648</internalNodes><leafValues>-1 1</leafValues></_>
      </weakClassifiers></_></stages>
      <features><_><rect>0 0 3 3</rect></_></features></cascade></opencv_storage>
      """
    let model = try CascadeModel(xml: CascadeXML(bytes: Array(xml.utf8)))
    #expect(model.isStumpOnly)
    #expect(
      model.stages[0].trees[0].nodes[0].categories
        == [UInt32(bitPattern: -17409), 0xFFFF_FFFF, 0, 1, 2, 3, 4, 0x8000_0000])
  }

  @Test func rejectsOldFormatAndMalformedFilesWithAMessage() throws {
    let oldFormat = Self.cascadeRoot.appendingPathComponent("haarcascades/haarcascade_licence_plate_rus_16stages.xml")
    if let error = #expect(throws: (any Error).self, performing: { try CascadeClassifier(contentsOf: oldFormat) }) {
      #expect("\(error)".contains("old-format"), "\(error)")
    }
    let truncated = String(Self.tinyHaarCascade.prefix(400))
    #expect(throws: (any Error).self) { try CascadeModel(xml: CascadeXML(bytes: Array(truncated.utf8))) }
    let badNumber = Self.tinyHaarCascade.replacingOccurrences(of: "2.5e-01", with: "two")
    if let error = #expect(
      throws: (any Error).self, performing: { try CascadeModel(xml: CascadeXML(bytes: Array(badNumber.utf8))) })
    {
      #expect("\(error)".contains("\"two\""), "\(error)")
    }
    let outside = Self.tinyHaarCascade.replacingOccurrences(of: "1 1 4 6 -1.", with: "1 1 9 6 -1.")
    #expect(throws: (any Error).self) { try CascadeModel(xml: CascadeXML(bytes: Array(outside.utf8))) }
    #expect(throws: (any Error).self) {
      try CascadeClassifier(contentsOf: URL(fileURLWithPath: "/nonexistent/cascade.xml"))
    }
  }

  @Test func windowSizeIsTheTrainingWindow() throws {
    let improved = try CascadeClassifier(
      contentsOf: Self.cascadeRoot.appendingPathComponent("lbpcascades/lbpcascade_frontalface_improved.xml"))
    #expect(improved.windowSize.width == 45)
    #expect(improved.windowSize.height == 45)
  }

  // MARK: - Pure parts

  @Test func cvRoundRoundsHalfToEven() {
    #expect([0.5, 1.5, 2.5, -0.5, -1.5, 2.4999, 2.5001].map { cvRound($0) } == [0, 2, 2, 0, -2, 2, 3])
    #expect([Float(0.5), 3.5, 4.5, -2.5].map { cvRound($0) } == [0, 4, 4, -2])
  }

  @Test func groupingAveragesSimilarBoxesAndDropsWeakAndNestedOnes() {
    let rect = { (x: Int, y: Int, side: Int) in PixelRect(x: x, y: y, width: side, height: side) }
    let face = [rect(100, 100, 40), rect(102, 101, 40), rect(101, 99, 42), rect(99, 100, 40)]
    let lonely = [rect(300, 20, 30)]
    let nested = [rect(110, 110, 20), rect(111, 110, 20)]
    let grouped = RectangleGrouping.group(face + lonely + nested, minNeighbors: 1, eps: 0.2)
    // x: 402 / 4 = 100.5 rounds to even 100; size 162 / 4 = 40.5 rounds to 40.
    #expect(grouped.map(\.rect) == [PixelRect(x: 100, y: 100, width: 40, height: 40)])
    #expect(grouped.map(\.neighbours) == [4])

    let strict = RectangleGrouping.group(face + nested, minNeighbors: 4, eps: 0.2)
    #expect(strict.isEmpty, "a class needs more than minNeighbors members")

    let raw = RectangleGrouping.group(face + lonely, minNeighbors: 0, eps: 0.2)
    #expect(raw.map(\.rect) == face + lonely, "minNeighbors 0 returns the raw windows")
    #expect(Set(raw.map(\.neighbours)) == [1])
  }

  @Test func similarityIsTransitiveThroughChains() {
    // a~b and b~c but not a~c: partition still puts all three in one class.
    let chain = [0, 5, 10].map { PixelRect(x: $0, y: 0, width: 40, height: 40) }
    #expect(!RectangleGrouping.areSimilar(chain[0], chain[2], eps: 0.2))
    #expect(RectangleGrouping.partition(chain, eps: 0.2).classCount == 1)
  }

  /// Records which windows were visited and answers from a script.
  private final class ScriptedEvaluator: WindowEvaluator {
    var visited: [Int] = []
    let verdict: (Int) -> WindowVerdict

    init(_ verdict: @escaping (Int) -> WindowVerdict) {
      self.verdict = verdict
    }

    func evaluate(at origin: Int) -> WindowVerdict {
      visited.append(origin)
      return verdict(origin)
    }
  }

  @Test func firstStageRejectionSkipsTheNextWindow() {
    let scan = { (evaluator: ScriptedEvaluator) in
      WindowScan.acceptedOrigins(
        evaluator, levelWidth: 30, levelHeight: 20, stride: 100,
        windowWidth: 20, windowHeight: 20, step: 2)
    }
    let firstStage = ScriptedEvaluator { _ in .rejectedAtFirstStage }
    #expect(scan(firstStage).isEmpty)
    #expect(firstStage.visited == [0, 4, 8])

    let later = ScriptedEvaluator { _ in .rejectedLater }
    _ = scan(later)
    #expect(later.visited == [0, 2, 4, 6, 8, 10])

    let mixed = ScriptedEvaluator { origin in
      switch origin {
      case 0, 8: .accepted
      case 2: .rejectedAtFirstStage
      default: .rejectedLater
      }
    }
    #expect(scan(mixed).map(\.x) == [0, 8])
    #expect(mixed.visited == [0, 2, 6, 8, 10])
  }

  @Test func scalePlanFollowsOpenCV() {
    let scales = ScalePlan.scales(
      imageWidth: 100, imageHeight: 60, windowWidth: 24, windowHeight: 24,
      scaleFactor: 1.25, minSize: (0, 0), maxSize: (0, 0))
    // 24 · 1.5625 = 37.5 rounds half to even; 24 · 1.25⁴ = 58.6 still fits the 60 px height.
    #expect(scales.map(\.windowWidth) == [24, 30, 38, 47, 59])
    #expect(scales.map(\.width) == [100, 80, 64, 51, 41])
    #expect(scales.map(\.height) == [60, 48, 38, 31, 25])
    #expect(scales.map(\.step) == [2, 2, 2, 2, 1])
    // A band between two levels falls back to the level closest to minSize.
    let closest = ScalePlan.scales(
      imageWidth: 100, imageHeight: 60, windowWidth: 24, windowHeight: 24,
      scaleFactor: 1.25, minSize: (33, 33), maxSize: (35, 35))
    #expect(closest.map(\.windowWidth) == [30])
  }

  @Test func linearExactResizeUsesEightBitWeights() {
    // 5 → 2 columns: positions 0.75 and 3.25, weights (64, 192) and (192, 64) out of 256.
    let source: [UInt8] = [0, 100, 201, 250, 7]
    var out = [UInt8](repeating: 0, count: 2)
    source.withUnsafeBufferPointer { source in
      out.withUnsafeMutableBufferPointer { out in
        LinearExactResize.resize(source, sourceWidth: 5, sourceHeight: 1, into: out, width: 2, height: 1)
      }
    }
    // (64·0 + 192·100 + 128) >> 8 = 75; (192·250 + 64·7 + 128) >> 8 = 189.
    #expect(out == [75, 189])
  }
}
