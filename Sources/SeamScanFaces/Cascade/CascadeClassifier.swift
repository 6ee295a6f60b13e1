import Foundation
import SeamScanConcurrency
import SeamScanImaging
import SeamScanRecords

/// OpenCV 4.6's `cv::CascadeClassifier` for the Haar and LBP cascades in
/// `opencv-data`, in pure Swift, giving the same boxes as `detectMultiScale`.
public struct CascadeClassifier: Sendable {
  /// `detectMultiScale`'s tuning knobs, with OpenCV's defaults.
  public struct Parameters: Sendable, Hashable {
    /// Ratio between pyramid levels; must be above 1.
    public var scaleFactor: Double
    /// A face needs more than this many overlapping raw hits; 0 returns the raw windows.
    public var minNeighbors: Int
    /// Smallest and largest box size in pixels; 0 means no limit.
    public var minWidth: Int
    public var minHeight: Int
    public var maxWidth: Int
    public var maxHeight: Int

    public init(
      scaleFactor: Double = OptionTable.scaleFactor.defaultValue!,
      minNeighbors: Int = OptionTable.minNeighbors.defaultValue!,
      minSize: (Int, Int)? = nil,
      maxSize: (Int, Int)? = nil
    ) {
      self.scaleFactor = scaleFactor
      self.minNeighbors = minNeighbors
      (minWidth, minHeight) = minSize ?? (0, 0)
      (maxWidth, maxHeight) = maxSize ?? (0, 0)
    }

    public var minSize: (Int, Int)? {
      get { minWidth == 0 && minHeight == 0 ? nil : (minWidth, minHeight) }
      set { (minWidth, minHeight) = newValue ?? (0, 0) }
    }

    public var maxSize: (Int, Int)? {
      get { maxWidth == 0 && maxHeight == 0 ? nil : (maxWidth, maxHeight) }
      set { (maxWidth, maxHeight) = newValue ?? (0, 0) }
    }
  }

  /// OpenCV's `GROUP_EPS`.
  static let groupingEps = 0.2

  let model: CascadeModel
  /// Threads one scan's pyramid levels may spread over: the caller's and those of the
  /// limit left idle; nil spreads them over every core.
  public private(set) var threads: ThreadLimit?

  public init(contentsOf url: URL) throws {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw CascadeError("cannot read cascade \(url.path): \(error.localizedDescription)")
    }
    do {
      try self.init(xml: CascadeXML(bytes: [UInt8](data)))
    } catch let error as CascadeError {
      throw CascadeError("\(url.lastPathComponent): \(error.description)")
    }
  }

  init(xml: CascadeXML) throws {
    model = try CascadeModel(xml: xml)
    if case .lbp = model.features, !model.isStumpOnly {
      throw CascadeError("LBP cascades with trees deeper than one split are not supported")
    }
  }

  /// The same cascade, its scans spread only over the threads `limit` leaves idle.
  public func sharing(_ limit: ThreadLimit) -> CascadeClassifier {
    var shared = self
    shared.threads = limit
    return shared
  }

  public var windowSize: (width: Int, height: Int) {
    (model.windowWidth, model.windowHeight)
  }

  /// The boxes `detectMultiScale` returns: grouped, then clipped to the image.
  public func detect(in image: GrayImage, parameters: Parameters = Parameters()) -> [PixelRect] {
    detectWithNeighbours(in: image, parameters: parameters).map(\.rect)
  }

  /// The same boxes, each with the number of raw windows merged into it
  /// (OpenCV's `numDetections`), a rough confidence.
  public func detectWithNeighbours(
    in image: GrayImage,
    parameters: Parameters = Parameters()
  ) -> [(rect: PixelRect, neighbours: Int)] {
    let raw = rawWindows(in: image, parameters: parameters)
    let grouped = RectangleGrouping.group(raw, minNeighbors: parameters.minNeighbors, eps: Self.groupingEps)
    let frame = PixelRect(x: 0, y: 0, width: image.width, height: image.height)
    return grouped.compactMap { detection in
      detection.rect.intersection(frame).map { ($0, detection.neighbours) }
    }
  }

  /// Every accepted window in original-image pixels, level by level, rows top to bottom.
  func rawWindows(in image: GrayImage, parameters: Parameters) -> [PixelRect] {
    let scales = ScalePlan.scales(
      imageWidth: image.width, imageHeight: image.height,
      windowWidth: model.windowWidth, windowHeight: model.windowHeight, scaleFactor: parameters.scaleFactor,
      minSize: (parameters.minWidth, parameters.minHeight), maxSize: (parameters.maxWidth, parameters.maxHeight))
    guard !scales.isEmpty else { return [] }
    // Every level is no wider than the image, so one stride serves them all.
    let stride = image.width + 1
    switch model.features {
    case .haar(let features) where model.isStumpOnly:
      return rawWindows(HaarStumpCascade(model, features: features, stride: stride), image, scales, stride)
    case .haar(let features):
      return rawWindows(HaarTreeCascade(model, features: features, stride: stride), image, scales, stride)
    case .lbp(let features):
      return rawWindows(LBPCascade(model, features: features, stride: stride), image, scales, stride)
    }
  }

  /// Levels are independent, so they run in parallel within ``threads``; their windows are
  /// joined in level order, so the result is the same on any number of cores.
  private func rawWindows<Cascade: CompiledCascade>(
    _ cascade: Cascade, _ image: GrayImage, _ scales: [PyramidScale],
    _ stride: Int
  ) -> [PixelRect] {
    concurrentMap(count: scales.count, limit: threads) { windows(cascade, image, scales[$0], stride) }.flatMap { $0 }
  }

  private func windows<Cascade: CompiledCascade>(
    _ cascade: Cascade, _ image: GrayImage, _ scale: PyramidScale,
    _ stride: Int
  ) -> [PixelRect] {
    let level = PyramidLevel(
      image: image, width: scale.width, height: scale.height, stride: stride,
      withSquares: cascade.needsSquares)
    let origins = level.sums.withUnsafeBufferPointer { sums in
      level.squares.withUnsafeBufferPointer { squares in
        cascade.withEvaluator(sums: sums.baseAddress!, squares: squares.baseAddress) { evaluator in
          WindowScan.acceptedOrigins(
            evaluator, levelWidth: level.width, levelHeight: level.height, stride: stride,
            windowWidth: model.windowWidth, windowHeight: model.windowHeight, step: scale.step)
        }
      }
    }
    return origins.map {
      PixelRect(
        x: cvRound(Float($0.x) * scale.factor), y: cvRound(Float($0.y) * scale.factor),
        width: scale.windowWidth, height: scale.windowHeight)
    }
  }
}
