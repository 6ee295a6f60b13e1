import Foundation
import SeamScanTestSupport
import Testing

/// `faces`, `synth` and the face fields of `scan`, run through the built binary on SampleMedia.
@Suite struct FaceCommandTests {
  private let samplePan = SampleMedia.pan

  @Test func scanFindsAndTracksTheFaceInEveryFrame() throws {
    let run = try SeamScanBinary.run(["scan", "--quiet", samplePan.path])
    #expect(run.status == 0, "\(run.standardError)")
    let frames = run.records(ofType: "frame")
    let faces = frames.compactMap { ($0["faces"] as? [[String: Any]]) }
    #expect(faces.filter { !$0.isEmpty }.count >= frames.count * 95 / 100, "face in ≥ 95% of frames")
    #expect(Set(faces.flatMap { $0.compactMap { $0["track"] as? Int } }) == [1], "one stable track")
    let box = try #require(faces.first?.first?["box"] as? [Int])
    #expect(box.count == 4)
    #expect((150...300).contains(box[0]) && (20...140).contains(box[1]), "box on the astronaut's face: \(box)")
    let models = try #require(run.records.first?["models"] as? [[String: Any]])
    #expect(
      models.compactMap { $0["package"] as? String } == [
        "opencv-data", "opencv-data", "opencv-data", "libdlib-data", "seamscan",
      ])
    #expect(models.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
  }

  /// The shipped self-blend is a known answer: it must score above its own original,
  /// and every face score must be recomputable from its cues.
  @Test func selfBlendScoresAboveItsOriginalAndScoresAreExplained() throws {
    let real = try SeamScanBinary.run(["scan", "--quiet", samplePan.path])
    let fake = try SeamScanBinary.run(
      ["scan", "--quiet", SampleMedia.folder.appendingPathComponent("astronaut-pan-selfblend.mp4").path])
    let realScore = try #require(real.records.last?["score"] as? Double)
    let fakeScore = try #require(fake.records.last?["score"] as? Double)
    #expect(fakeScore > realScore)
    #expect(fake.records.last?["verdict"] as? String != nil)

    var checked = 0
    for frame in fake.records(ofType: "frame") {
      for face in frame["faces"] as? [[String: Any]] ?? [] {
        guard let score = face["score"] as? Double, let bias = face["bias"] as? Double,
          let cues = face["cues"] as? [String: [String: Any]]
        else { continue }
        let logit = bias + cues.values.compactMap { $0["contribution"] as? Double }.reduce(0, +)
        #expect(abs(score - 1 / (1 + exp(-logit))) <= 1e-4)
        checked += 1
      }
      // Faces the plausibility gate left out keep their own score but never set the frame's.
      let counted = (frame["faces"] as? [[String: Any]] ?? []).filter { $0["excluded"] is NSNull }
      if let frameScore = frame["score"] as? Double {
        let faceScores = counted.compactMap { $0["score"] as? Double }
        #expect(abs(frameScore - (faceScores.max() ?? -1)) <= 1e-6, "frame score is its counted faces' maximum")
      } else {
        #expect(counted.allSatisfy { $0["score"] is NSNull }, "a frame with a counted face score has a score")
      }
    }
    #expect(checked >= 22, "the network reads every fourth frame of the 100-frame track")
  }

  /// A still is judged by the still model on spatial evidence alone: the shipped generator-emulated
  /// still must score above the photo it was made from, each with a verdict from the still thresholds.
  @Test func stillFakeScoresAboveItsPhotoWithTheStillModel() throws {
    let photo = try SeamScanBinary.run([
      "scan", "--quiet", SampleMedia.folder.appendingPathComponent("astronaut.jpg").path,
    ])
    let fake = try SeamScanBinary.run(
      ["scan", "--quiet", SampleMedia.folder.appendingPathComponent("astronaut-generator.png").path])
    let photoScore = try #require(photo.records.last?["score"] as? Double)
    let fakeScore = try #require(fake.records.last?["score"] as? Double)
    #expect(fakeScore > photoScore)
    let scoring = try #require((fake.records.first?["options"] as? [String: Any])?["scoring"] as? [String: Any])
    let still = try #require(scoring["still"] as? [String: Any])
    #expect(still["minimum_frames"] as? Int == 1)
    let frame = try #require(fake.records(ofType: "frame").first)
    let face = try #require((frame["faces"] as? [[String: Any]])?.first)
    #expect(face["excluded"] is NSNull, "one cascade detection is enough on a still")
    let alignedSize = try #require(face["aligned_size"] as? Int)
    #expect(abs(alignedSize - 121) <= 8)
    #expect(photo.records.last?["verdict"] as? String != "likely manipulated")
  }

  @Test func facesWritesAlignedCropsOfTheFullResolutionFrame() throws {
    let folder = try GeneratedMedia.makeFolder("crops")
    defer { try? FileManager.default.removeItem(at: folder) }
    let photo = SampleMedia.folder.appendingPathComponent("astronaut.jpg")
    let run = try SeamScanBinary.run(["faces", photo.path, "--crops", folder.path])
    #expect(run.status == 0, "\(run.standardError)")
    let png = try Data(contentsOf: folder.appendingPathComponent("frame0-track1.png"))
    #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "a PNG file")
    // IHDR: width and height, big-endian, at bytes 16-23.
    let size = png[16..<24].map { Int($0) }
    #expect(((size[0] << 24) | (size[1] << 16) | (size[2] << 8) | size[3]) == 256)
    #expect(((size[4] << 24) | (size[5] << 16) | (size[6] << 8) | size[7]) == 256)
  }

  @Test func landmarksOnlyWhenAsked() throws {
    let plain = try SeamScanBinary.run(["scan", "--quiet", "--max-frames", "3", samplePan.path])
    let withLandmarks = try SeamScanBinary.run(["scan", "--quiet", "--max-frames", "3", "--landmarks", samplePan.path])
    let face = { (run: SeamScanBinary.Run) in (run.records(ofType: "frame").first?["faces"] as? [[String: Any]])?.first
    }
    let plainFace = try #require(face(plain))
    #expect(plainFace["landmarks"] == nil)
    let faceWithLandmarks = try #require(face(withLandmarks))
    #expect((faceWithLandmarks["landmarks"] as? [[Double]])?.count == 68)
  }

  @Test func facesCommandDrawsThePNG() throws {
    let folder = try GeneratedMedia.makeFolder("faces")
    defer { try? FileManager.default.removeItem(at: folder) }
    let png = folder.appendingPathComponent("frame.png")
    let run = try SeamScanBinary.run(["faces", samplePan.path, "--frame", "10", "--draw", png.path])
    #expect(run.status == 0, "\(run.standardError)")
    let record = try #require(run.records.first)
    #expect(record["frame"] as? Int == 10)
    let faces = try #require(record["faces"] as? [[String: Any]])
    #expect(faces.count == 1)
    #expect((faces[0]["landmarks"] as? [[Double]])?.count == 68)
    let bytes = [UInt8](try Data(contentsOf: png))
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG file")
    let size = try Command.run(
      "/usr/bin/ffprobe", ["-v", "error", "-show_entries", "stream=width,height", "-of", "csv=p=0", png.path])
    #expect(size.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "640,360", "full resolution")
  }

  @Test func missingModelsNameTheirPackage() throws {
    let run = try SeamScanBinary.run(["scan", "--models", "/nonexistent-models", samplePan.path])
    #expect(run.status == 1)
    let message = try #require(run.records(ofType: "error").first?["message"] as? String)
    #expect(message.contains("opencv-data"), "\(message)")
  }

  @Test func synthIsDeterministicAndKeepsTheFrames() throws {
    let folder = try GeneratedMedia.makeFolder("synth")
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = folder.appendingPathComponent("a.mp4")
    let second = folder.appendingPathComponent("b.mp4")
    let other = folder.appendingPathComponent("c.mp4")
    for (url, seed) in [(first, "5"), (second, "5"), (other, "6")] {
      let run = try SeamScanBinary.run(
        ["synth", samplePan.path, "--output", url.path, "--seed", seed, "--max-frames", "12"])
      #expect(run.status == 0, "\(run.standardError)")
      #expect(run.records.first?["frames_blended"] as? Int == 12)
    }
    #expect(try GeneratedMedia.probedFrameCount(first) == 12)
    #expect(try Data(contentsOf: first) == Data(contentsOf: second), "same seed, same bytes")
    #expect(try Data(contentsOf: first) != Data(contentsOf: other), "another seed, another blend")
  }

  @Test func generatorSynthRecordsWhatItDidAndWritesStillsAsPNG() throws {
    let folder = try GeneratedMedia.makeFolder("synth-generator")
    defer { try? FileManager.default.removeItem(at: folder) }
    let video = folder.appendingPathComponent("g.mp4")
    let still = folder.appendingPathComponent("g.png")
    let run = try SeamScanBinary.run(
      [
        "synth", samplePan.path, "--kind", "generator", "--generator-size", "64", "--output", video.path,
        "--max-frames", "6",
      ])
    #expect(run.status == 0, "\(run.standardError)")
    let record = try #require(run.records.first)
    #expect(record["kind"] as? String == "generator")
    let track = try #require((record["tracks"] as? [[String: Any]])?.first)
    #expect(track["generator_size"] as? Double == 64)
    #expect(["hull", "aligned-box"].contains(track["mask"] as? String ?? ""))
    #expect(try GeneratedMedia.probedFrameCount(video) == 6)

    let photo = SampleMedia.folder.appendingPathComponent("astronaut.jpg")
    let stillRun = try SeamScanBinary.run(["synth", photo.path, "--kind", "generator", "--output", still.path])
    #expect(stillRun.status == 0, "\(stillRun.standardError)")
    #expect(try Data(contentsOf: still).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "a PNG file")
    #expect(stillRun.records.first?["frames_blended"] as? Int == 1)
    let misuse = try SeamScanBinary.run(["synth", samplePan.path, "--generator-size", "64", "--output", video.path])
    #expect(misuse.status == 2, "--generator-size needs --kind generator")
  }
}
