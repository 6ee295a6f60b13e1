import Foundation
import SeamScanImaging
import Testing

@testable import SeamScanForensics

/// Per-face cost of the cue analysis. Opt-in, because timings on a shared
/// machine are not pass/fail material:
/// `SEAMSCAN_TIMING=1 swift test -c release -Xswiftc -enable-testing --filter TimingCheck`
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SEAMSCAN_TIMING"] != nil))
struct TimingCheck {
  @Test(arguments: [(1.25 as Float, 400), (2 as Float, 640)])
  func millisecondsPerFace(headScale: Float, frameSide: Int) {
    let clip = SyntheticClip(
      SyntheticClip.Options(
        frameCount: 12, width: frameSide, height: frameSide, seam: true,
        headScale: headScale))
    let repeats = 20
    var analyser = SeamTrackAnalyser()
    var measured = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for r in 0..<repeats {
        for t in clip.frames.indices {
          if analyser.analyse(frame: clip.frames[t], landmarks: clip.landmarks[t], frameIndex: r * 100 + t) != nil {
            measured += 1
          }
        }
      }
    }
    let perFace =
      Double(elapsed.components.attoseconds) / 1e15 / Double(measured)
      + Double(elapsed.components.seconds) * 1000 / Double(measured)
    let geometry = FaceGeometry(landmarks: clip.landmarks[0], frameWidth: frameSide, frameHeight: frameSide)!
    let faceWidth = Int(geometry.hull.map(\.x).max()! - geometry.hull.map(\.x).min()!)
    print(
      "TimingCheck: face \(faceWidth) px wide, ROI \(geometry.roi.width)×\(geometry.roi.height),",
      "\(FaceSamples(geometry: geometry).count) samples: \(String(format: "%.2f", perFace)) ms per face")
    #expect(measured == repeats * clip.frames.count)
  }
}
