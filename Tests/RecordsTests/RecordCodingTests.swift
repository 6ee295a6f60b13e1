import Foundation
import SeamScanFiles
import Testing

@testable import SeamScanRecords

/// Typed records encode to the contract's JSON and read back to the same values.
@Suite struct RecordCodingTests {
  static let options = ScanOptions(
    maxSide: 640, detailMaxSide: 2160, start: nil, duration: 2.5, maxFrames: 10, stride: 1, landmarks: false,
    cues: true,
    faces: FaceFindingOptions(
      frontalCascade: "f", profileCascade: "p", surveyCascade: "s", scaleFactor: 1.1, minNeighbors: 3, minFace: 30,
      detectSide: 0,
      detectEvery: 30, confirmEvery: 8, maxUnconfirmedFrames: 48, sceneCutThreshold: 30, decisionFrames: 4,
      lostSearchFrames: 4, appearanceFailureLimit: 6, minimumEyeContrast: 0.05, openingScans: [1, 2, 4],
      uprightRollLimit: 15, rollSearchAngles: [-30, 30]),
    scoring: nil)

  static let video = VideoRecord(
    path: "clip.mp4", size: 10, sha256: "ab", container: "mov", codec: "h264", pixFmt: "yuv420p", width: 4, height: 2,
    sampleAspectRatio: nil, displayWidth: 4, displayHeight: 2, rotation: 0, colorRange: "tv", fps: 25, duration: 1,
    nbFrames: nil, options: options, models: [])

  static let face = FaceRecord(
    track: 1, box: [1, 2, 3, 4], confidence: 0.5, source: .profileMirrored, landmarks: nil,
    evidence: FaceEvidence(
      alignedSize: nil, score: 0.25, excluded: .notSkin, bias: -0.5,
      cues: CueTable([
        .init(name: "spatial.interiorSmoothness", value: 0.5, contribution: 0.125),
        .init(name: "temporal.interiorFlicker", value: nil, contribution: nil),
      ])))

  @Test func keysAreSnakeCaseInDeclarationOrderWithTypeFirst() {
    let line = Self.video.line
    #expect(line.hasPrefix(#"{"type":"video","schema":"seamscan.records/2","tool":{"name":"seamscan","version":"#))
    #expect(line.contains(#""pix_fmt":"yuv420p","width":4,"height":2,"sample_aspect_ratio":null,"display_width":4"#))
    #expect(
      line.contains(#""options":{"max_side":640,"detail_max_side":2160,"start":null,"duration":2.5,"max_frames":10"#))
  }

  @Test func switchedOffGroupsAreWrittenAsFalse() {
    #expect(Self.video.line.contains(#""roll_search_angles":[-30,30]},"scoring":false}"#))
  }

  @Test func faceEvidenceIsNullWhereUnknownAndAbsentWhenOff() {
    let frame = FrameRecord(
      frame: 0, pts: nil, ptsTime: 0, keyFrame: 1, pictType: "I", analysed: true, faces: [Self.face], score: nil)
    #expect(
      frame.line.contains(
        #"{"track":1,"box":[1,2,3,4],"confidence":0.5,"source":"profile-mirrored","aligned_size":null,"score":0.25,"excluded":"not skin-coloured","bias":-0.5,"cues":{"spatial.interiorSmoothness":{"value":0.5,"contribution":0.125},"temporal.interiorFlicker":{"value":null}}}"#
      ))
    var bare = Self.face
    bare.evidence = nil
    #expect(
      FrameRecord(frame: 0, pts: 3, ptsTime: 0, keyFrame: 0, pictType: "P", analysed: true, faces: [bare], score: nil)
        .line
        == #"{"type":"frame","frame":0,"pts":3,"pts_time":0,"key_frame":0,"pict_type":"P","analysed":true,"faces":[{"track":1,"box":[1,2,3,4],"confidence":0.5,"source":"profile-mirrored"}],"score":null}"#
    )
  }

  @Test func recordsReadBackToTheSameValues() throws {
    let records: [Record] = [
      .video(Self.video),
      .frame(
        FrameRecord(
          frame: 3, pts: 7, ptsTime: 0.12, keyFrame: 0, pictType: "B", analysed: true,
          faces: [
            FaceRecord(
              track: 2, box: [0, 0, 9, 9], confidence: 1, source: .tracked, landmarks: [[1.5, 2]], evidence: nil)
          ],
          score: 0.75)),
      .summary(
        SummaryRecord(
          path: "clip.mp4", sha256: "ab", framesDecoded: 4, framesAnalysed: 2, decodeErrors: 1, truncated: true,
          framesWithFace: 2, score: nil, verdict: .inconclusive, reason: .tooFewFrames, sceneCuts: [3],
          model: .video,
          tracks: [
            TrackSummary(
              track: 1, firstFrame: 1, lastFrame: 3, frames: 2, framesCounted: 1, score: nil, medianAlignedSize: 80,
              notCounted: .tooFewFrames)
          ],
          timing: Timing(
            started: Date(timeIntervalSince1970: 1_796_316_012), wallSeconds: 1.5, fps: 2, threads: 2, decoderThreads: 2
          ))),
      .error(ErrorRecord(path: nil, sha256: nil, error: .modelMissing, message: "no model")),
      .skipped(SkippedRecord(path: "notes.txt", reason: "not a media file")),
    ]
    for record in records {
      let line: String
      switch record {
      case .video(let r): line = r.line
      case .frame(let r): line = r.line
      case .summary(let r): line = r.line
      case .error(let r): line = r.line
      case .skipped(let r): line = r.line
      case .faces(let r): line = r.line
      case .synth(let r): line = r.line
      }
      #expect(try RecordReader.record(fromLine: line) == record)
    }
  }

  @Test func timingSaysWhenTheScanStartedInUTC() throws {
    let timing = Timing(
      started: Date(timeIntervalSince1970: 1_796_316_012.75), wallSeconds: 1.5, fps: 2, threads: 2, decoderThreads: 2)
    #expect(timing.started == "2026-12-03T16:40:12Z")
    let older =
      #"{"type":"summary","path":"a","sha256":"b","frames_decoded":1,"frames_analysed":1,"decode_errors":0,"#
      + #""truncated":false,"frames_with_face":0,"score":null,"verdict":"no face","reason":null,"#
      + #""timing":{"wall_seconds":1,"fps":1,"threads":1}}"#
    guard case .summary(let summary) = try RecordReader.record(fromLine: older) else {
      Issue.record("not read as a summary")
      return
    }
    #expect(summary.timing.started == nil)
    #expect(summary.timing.decoderThreads == nil)
  }

  @Test func cuesReadBackWhateverTheirOrder() throws {
    let frame = FrameRecord(
      frame: 0, pts: nil, ptsTime: 0, keyFrame: 1, pictType: "I", analysed: true, faces: [Self.face], score: nil)
    guard case .frame(let read) = try RecordReader.record(fromLine: frame.line) else {
      Issue.record("not read as a frame")
      return
    }
    let entries = try #require(read.faces.first?.evidence?.cues?.entries)
    #expect(Set(entries.map(\.name)) == ["spatial.interiorSmoothness", "temporal.interiorFlicker"])
    #expect(entries.first { $0.name == "spatial.interiorSmoothness" }?.contribution == 0.125)
  }

  @Test func recordsOfANewerSchemaAreRefusedWithAClearMessage() {
    let newer = Self.video.line.replacingOccurrences(of: "seamscan.records/2", with: "seamscan.records/3")
    #expect(throws: RecordReadError.newerSchema(found: "seamscan.records/3", supported: "seamscan.records/2")) {
      try RecordReader.record(fromLine: newer)
    }
    #expect(throws: RecordReadError.self) { try RecordReader.record(fromLine: #"{"type":"nonsense"}"#) }
  }
}

/// A path that is not UTF-8 is recorded as text and, exactly, in hex.
@Suite struct PathHexTests {
  static let latin1 = BytePath(bytes: Array("dir/caf".utf8) + [0xE9] + Array(".jpg".utf8))

  @Test func pathHexIsWrittenOnlyWhenThereIsOne() throws {
    let plain = SkippedRecord(path: "a.txt", reason: "not a media file")
    #expect(plain.line == #"{"type":"skipped","path":"a.txt","reason":"not a media file"}"#)
    let odd = SkippedRecord(path: Self.latin1.display, pathHex: Self.latin1.hex, reason: "not a media file")
    #expect(
      odd.line
        == #"{"type":"skipped","path":"dir/caf\\xE9.jpg","path_hex":"6469722f636166e92e6a7067","reason":"not a media file"}"#
    )
    #expect(try RecordReader.record(fromLine: odd.line) == .skipped(odd))
  }
}
