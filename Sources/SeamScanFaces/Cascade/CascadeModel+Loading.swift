import Foundation

extension CascadeModel {
  /// OpenCV subtracts this from every stage threshold at load time
  /// (`THRESHOLD_EPS`, cascadedetect.cpp), so a sum equal to the threshold passes.
  static let thresholdEpsilon: Float = 1e-5

  /// Reads the `opencv-cascade-classifier` format, as
  /// `CascadeClassifierImpl::Data::read` does.
  init(xml: CascadeXML) throws {
    guard let storage = xml.root.children.first, let cascade = storage.children.first else {
      throw CascadeError("the file holds no cascade")
    }
    guard let stageType = cascade.child("stageType") else {
      throw CascadeError("<\(cascade.name)> is an old-format (OpenCV 1.x) cascade; only the new format is supported")
    }
    guard xml.string(stageType) == "BOOST" else {
      throw CascadeError("stage type \"\(xml.string(stageType))\" is not supported; only BOOST is")
    }
    let width = try Self.integer(xml, cascade, "width")
    let height = try Self.integer(xml, cascade, "height")
    guard width > 2, height > 2 else { throw CascadeError("the window \(width)×\(height) is too small") }
    windowWidth = width
    windowHeight = height

    let featureType = cascade.child("featureType").map(xml.string) ?? ""
    guard let featureParams = cascade.child("featureParams") else { throw CascadeError("<featureParams> is missing") }
    let categoryCount = try Self.integer(xml, featureParams, "maxCatCount")
    let featureList = try Self.required(cascade, "features").children
    switch featureType {
    case "HAAR":
      guard categoryCount == 0 else { throw CascadeError("a Haar cascade must have maxCatCount 0") }
      features = .haar(try featureList.map { try Self.haarFeature(xml, $0, width, height) })
    case "LBP":
      guard categoryCount == 256 else { throw CascadeError("an LBP cascade must have maxCatCount 256") }
      features = .lbp(try featureList.map { try Self.lbpFeature(xml, $0, width, height) })
    default:
      throw CascadeError("feature type \"\(featureType)\" is not supported; only HAAR and LBP are")
    }

    let wordsPerSubset = (categoryCount + 31) / 32
    let featureCount = features.count
    stages = try Self.required(cascade, "stages").children.map { stage in
      let threshold = try Self.number(xml, stage, "stageThreshold")
      let trees = try Self.required(stage, "weakClassifiers").children.map {
        try Self.tree(xml, $0, wordsPerSubset: wordsPerSubset, featureCount: featureCount)
      }
      return CascadeStage(threshold: Float(threshold) - Self.thresholdEpsilon, trees: trees)
    }
    guard !stages.isEmpty else { throw CascadeError("the cascade has no stages") }
  }

  private static func tree(
    _ xml: CascadeXML, _ element: CascadeXML.Element, wordsPerSubset: Int,
    featureCount: Int
  ) throws -> CascadeTree {
    let numbers = try xml.numbers(required(element, "internalNodes"))
    let leaves = try xml.numbers(required(element, "leafValues")).map { Float($0) }
    let nodeStep = 3 + max(wordsPerSubset, 1)
    guard !numbers.isEmpty, numbers.count % nodeStep == 0 else {
      throw CascadeError("<internalNodes> must hold groups of \(nodeStep) numbers")
    }
    var nodes: [CascadeNode] = []
    for start in stride(from: 0, to: numbers.count, by: nodeStep) {
      let left = try integral(numbers[start])
      let right = try integral(numbers[start + 1])
      let featureIndex = try integral(numbers[start + 2])
      guard (0..<featureCount).contains(featureIndex) else {
        throw CascadeError("a tree node uses feature \(featureIndex) of \(featureCount)")
      }
      var node = CascadeNode(left: left, right: right, featureIndex: featureIndex, threshold: 0, categories: [])
      if wordsPerSubset > 0 {
        node.categories = try numbers[(start + 3)..<(start + nodeStep)].map {
          guard let word = Int32(exactly: $0) else { throw CascadeError("category word \($0) is not a 32-bit integer") }
          return UInt32(bitPattern: word)
        }
      } else {
        node.threshold = Float(numbers[start + 3])
      }
      nodes.append(node)
    }
    // OpenCV walks leaves as `#nodes + 1` per tree; anything else would read another tree's leaves.
    guard leaves.count == nodes.count + 1 else {
      throw CascadeError("a tree with \(nodes.count) nodes must have \(nodes.count + 1) leaves, not \(leaves.count)")
    }
    for node in nodes {
      for child in [node.left, node.right] where child > 0 ? child >= nodes.count : -child >= leaves.count {
        throw CascadeError("a tree node points at child \(child), which does not exist")
      }
    }
    return CascadeTree(nodes: nodes, leaves: leaves)
  }

  private static func haarFeature(
    _ xml: CascadeXML, _ element: CascadeXML.Element, _ windowWidth: Int,
    _ windowHeight: Int
  ) throws -> HaarFeature {
    if let tilted = element.child("tilted"), try xml.numbers(tilted).first ?? 0 != 0 {
      throw CascadeError("tilted (45°) Haar features are not supported; face cascades do not use them")
    }
    let rects = try required(element, "rects").children.map { rect in
      let numbers = try xml.numbers(rect)
      guard numbers.count == 5 else { throw CascadeError("a Haar rectangle must be \"x y width height weight\"") }
      let box = try numbers[0..<4].map(integral)
      try checkInside(x: box[0], y: box[1], width: box[2], height: box[3], windowWidth, windowHeight)
      return HaarFeature.WeightedRect(x: box[0], y: box[1], width: box[2], height: box[3], weight: Float(numbers[4]))
    }
    guard (1...3).contains(rects.count) else { throw CascadeError("a Haar feature must have one to three rectangles") }
    return HaarFeature(rects: rects)
  }

  private static func lbpFeature(
    _ xml: CascadeXML, _ element: CascadeXML.Element, _ windowWidth: Int,
    _ windowHeight: Int
  ) throws -> LBPFeature {
    let numbers = try xml.numbers(required(element, "rect")).map(integral)
    guard numbers.count == 4 else { throw CascadeError("an LBP feature must be \"x y blockWidth blockHeight\"") }
    try checkInside(
      x: numbers[0], y: numbers[1], width: 3 * numbers[2], height: 3 * numbers[3], windowWidth, windowHeight)
    return LBPFeature(x: numbers[0], y: numbers[1], blockWidth: numbers[2], blockHeight: numbers[3])
  }

  /// Features are read straight from the integral image, so one outside the window would read past it.
  private static func checkInside(
    x: Int, y: Int, width: Int, height: Int, _ windowWidth: Int,
    _ windowHeight: Int
  ) throws {
    guard x >= 0, y >= 0, width >= 0, height >= 0, x + width <= windowWidth, y + height <= windowHeight else {
      throw CascadeError(
        "feature rectangle (\(x), \(y), \(width), \(height)) leaves the \(windowWidth)×\(windowHeight) window")
    }
  }

  private static func required(_ element: CascadeXML.Element, _ name: String) throws -> CascadeXML.Element {
    guard let child = element.child(name) else { throw CascadeError("<\(element.name)> has no <\(name)>") }
    return child
  }

  private static func number(_ xml: CascadeXML, _ element: CascadeXML.Element, _ name: String) throws -> Double {
    guard let value = try xml.numbers(required(element, name)).first else {
      throw CascadeError("<\(name)> is empty")
    }
    return value
  }

  private static func integer(_ xml: CascadeXML, _ element: CascadeXML.Element, _ name: String) throws -> Int {
    try integral(number(xml, element, name))
  }

  private static func integral(_ value: Double) throws -> Int {
    guard let integer = Int(exactly: value) else { throw CascadeError("\(value) should be a whole number") }
    return integer
  }
}
