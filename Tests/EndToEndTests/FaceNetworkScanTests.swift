import Foundation
import SeamScanTestSupport
import Testing

/// The learned face model in a scan: its file in the records, its cadence, the fused score and
/// the switch that turns it off.
@Suite struct FaceNetworkScanTests {
  private let fake = SampleMedia.folder.appendingPathComponent("astronaut-pan-selfblend.mp4")

  /// The faces of every analysed frame, with the frame index.
  private static func faces(_ run: SeamScanBinary.Run) -> [(frame: Int, face: [String: Any])] {
    run.records(ofType: "frame").flatMap { frame in
      ((frame["faces"] as? [[String: Any]]) ?? []).map { (frame["frame"] as? Int ?? -1, $0) }
    }
  }

  private static func networkValue(_ face: [String: Any]) -> Any? {
    ((face["cues"] as? [String: Any])?["network.face"] as? [String: Any])?["value"]
  }

  @Test func recordsNameTheNetworkFileByItsHash() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--max-frames", "4", fake.path])
    #expect(run.status == 0)
    let models = try #require(run.records.first?["models"] as? [[String: Any]])
    let network = try #require(models.first { $0["role"] as? String == "face_network" })
    let path = try #require(network["path"] as? String)
    let sha = try Command.run("/usr/bin/sha256sum", [path]).standardOutput.split(separator: " ").first
    #expect(network["sha256"] as? String == sha.map(String.init))
    #expect(network["package"] as? String == "seamscan")
    let scoring = try #require((run.records.first?["options"] as? [String: Any])?["scoring"] as? [String: Any])
    let options = try #require(scoring["network"] as? [String: Any])
    #expect(options["every"] as? Int == 4)
    let fusion = try #require((scoring["video"] as? [String: Any])?["fusion"] as? [String: Any])
    #expect(fusion["network_weight"] is Double)
  }

  @Test func networkReadsEveryNthFrameOfATrackAndOnlyThoseAreScored() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--max-frames", "24", "--network-every", "3", fake.path])
    #expect(run.status == 0)
    let faces = Self.faces(run).filter { $0.face["track"] as? Int == 1 && $0.face["cues"] is [String: Any] }
    #expect(faces.count >= 12)
    for (ordinal, entry) in faces.enumerated() {
      let value = Self.networkValue(entry.face)
      if ordinal % 3 == 0 {
        let probability = try #require(value as? Double, "frame \(entry.frame) should be read")
        #expect((0...1).contains(probability))
        #expect(entry.face["score"] is Double)
        // bias + Σ contributions is the fused logit, the network's share included
        let cues = try #require(entry.face["cues"] as? [String: [String: Any]])
        let logit = cues.values.compactMap { $0["contribution"] as? Double }.reduce(entry.face["bias"] as! Double, +)
        let score = try #require(entry.face["score"] as? Double)
        #expect(abs(1 / (1 + exp(-logit)) - score) < 1e-4)
      } else {
        #expect(value is NSNull, "frame \(entry.frame) should not be read")
        #expect(entry.face["score"] is NSNull)
      }
    }
  }

  @Test func networkEveryZeroIsTheCueModelAlone() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", "--max-frames", "8", "--network-every", "0", fake.path])
    #expect(run.status == 0)
    let models = try #require(run.records.first?["models"] as? [[String: Any]])
    #expect(!models.contains { $0["role"] as? String == "face_network" })
    let scoring = try #require((run.records.first?["options"] as? [String: Any])?["scoring"] as? [String: Any])
    #expect(scoring["network"] as? Bool == false)
    #expect((scoring["video"] as? [String: Any])?["fusion"] is NSNull)
    let scored = Self.faces(run).filter { $0.face["score"] is Double }
    #expect(scored.count >= 6, "every measured frame has a cue score")
    #expect(scored.allSatisfy { ($0.face["cues"] as? [String: Any])?["network.face"] == nil })
  }

  @Test func aDamagedNetworkFileIsAModelErrorNotACrash() throws {
    let folder = try GeneratedMedia.makeFolder("damaged-network")
    defer { try? FileManager.default.removeItem(at: folder) }
    let damaged = folder.appendingPathComponent("damaged.seamnet")
    try Data("SEAMNET\n".utf8 + [1, 0, 0, 0, 200]).write(to: damaged)
    let run = try SeamScanBinary.run(["scan", "--quiet", "--face-network", damaged.path, fake.path])
    #expect(run.status == 1)
    #expect(run.records.count == 1)
    #expect(run.records.first?["error"] as? String == "model_missing")
    #expect((run.records.first?["message"] as? String)?.contains("damaged.seamnet") == true)
  }
}
