import SeamScanFaces
import SeamScanMedia

/// Holds analysed frames back until every track in them is decided (``TrackStatus``),
/// then hands them on with only the tracks that are faces, numbered 1, 2, … in the
/// order they first appear.
///
/// A new track is tentative for ``TrackingParameters/decisionFrames`` analysed frames;
/// holding frames back that long means a discarded track never reaches a record and a
/// confirmed one is reported from its first frame, not from its confirmation.
struct DecidedFrames {
  struct Frame {
    var frame: DecodedFrame
    /// Analysis-frame size, to map faces to display pixels; nil for frames not analysed.
    var analysisSize: (width: Int, height: Int)?
    var faces: [AnalysedFace]
    /// Analysed ordinal of this frame or of the last analysed frame before it.
    fileprivate var ordinal: Int
  }

  let delay: Int
  private var pending: [Frame] = []
  private var head = 0
  private var lastOrdinal = -1
  private var publicIDs: [Int: Int] = [:]

  init(delay: Int) {
    self.delay = delay
  }

  /// Adds a frame and returns those now decided, in order.
  mutating func add(
    _ frame: DecodedFrame, analysisSize: (width: Int, height: Int)?, faces: [AnalysedFace],
    status: (Int) -> TrackStatus
  ) -> [Frame] {
    if let ordinal = frame.analysedOrdinal { lastOrdinal = ordinal }
    pending.append(Frame(frame: frame, analysisSize: analysisSize, faces: faces, ordinal: lastOrdinal))
    var ready: [Frame] = []
    while head < pending.count, pending[head].ordinal <= lastOrdinal - delay {
      ready.append(decide(pending[head], status: status))
      head += 1
    }
    compact()
    return ready
  }

  /// The frames still held, at the end of the input; undecided tracks are left out.
  mutating func finish(status: (Int) -> TrackStatus) -> [Frame] {
    let ready = pending[head...].map { decide($0, status: status) }
    pending.removeAll()
    head = 0
    return ready
  }

  private mutating func decide(_ frame: Frame, status: (Int) -> TrackStatus) -> Frame {
    var decided = frame
    decided.faces = frame.faces.compactMap { analysed in
      guard status(analysed.face.track) == .confirmed else { return nil }
      var kept = analysed
      if publicIDs[analysed.face.track] == nil { publicIDs[analysed.face.track] = publicIDs.count + 1 }
      kept.face.track = publicIDs[analysed.face.track]!
      return kept
    }
    return decided
  }

  /// Drops handed-on frames once they are the bulk of the buffer, so memory stays flat.
  private mutating func compact() {
    if head > 64, head * 2 > pending.count {
      pending.removeFirst(head)
      head = 0
    }
  }
}
