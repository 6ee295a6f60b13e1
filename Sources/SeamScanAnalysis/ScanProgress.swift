/// Where a scan reports how far it got (a progress bar, or nothing).
public protocol ScanProgress: Sendable {
  func began(expectedFrames: Int?)
  func frameDone()
}
