import Foundation
import Testing

@testable import SeamScanRecords

/// Every record type, encoded from realistic values (nulls, optional keys left out and present),
/// validates against the schema `seamscan schema` prints, and records off the contract do not.
///
/// Validation runs Debian's python3-jsonschema (`Scripts/seamscan_schema.py`), the validator
/// `Scripts/fuzz.py` and CI use: no Swift JSON Schema validator is in the package set, and one
/// validator for every consumer means the tests check what CI checks.
@Suite struct RecordSchemaTests {
  static let sha = "e308eb3e" + String(repeating: "0123abcd", count: 7)

  static let scoringMode = ScoringModeOptions(
    model: "seamscan-video-synthetic-2026-12-02", noEvidenceBelow: 0.491, likelyManipulatedFrom: 0.683,
    minimumFrames: 5, requiredConfirmations: 2,
    fusion: FusionOptions(
      version: "seamscan-fused-video-2026-12-08", bias: 0.011, cueWeight: 0.5069, networkWeight: 0.0025))

  static let options = ScanOptions(
    maxSide: 640, detailMaxSide: 2160, start: nil, duration: 2.5, maxFrames: 10, stride: 1, landmarks: true, cues: true,
    faces: FaceFindingOptions(
      frontalCascade: "haarcascade_frontalface_alt2", profileCascade: "haarcascade_profileface (and mirrored)",
      surveyCascade: "lbpcascade_frontalface", scaleFactor: 1.1, minNeighbors: 3, minFace: 30, detectSide: 0,
      detectEvery: 30, confirmEvery: 8, maxUnconfirmedFrames: 48, sceneCutThreshold: 22, decisionFrames: 4,
      lostSearchFrames: 4, appearanceFailureLimit: 6, minimumEyeContrast: 0.05, openingScans: [1, 2, 4],
      uprightRollLimit: 15, rollSearchAngles: [-30, 30]),
    scoring: ScoringOptions(
      cues: "seam-cues-2", video: scoringMode,
      still: ScoringModeOptions(
        model: "seamscan-still-2026-12-02", noEvidenceBelow: 0.411, likelyManipulatedFrom: 0.737, minimumFrames: 1,
        requiredConfirmations: 1, fusion: nil),
      aggregation: .upperMean(fraction: 0.5), minimumConfidence: 0.3,
      network: .on(NetworkOptions(every: 4, inputSide: 128))))

  static let models = [
    ModelFileRecord(
      role: .frontal, path: "/usr/share/opencv4/haarcascades/haarcascade_frontalface_alt2.xml", sha256: sha,
      size: 540_616, package: "opencv-data"),
    ModelFileRecord(role: .faceNetwork, path: "face-network.seamnet", sha256: sha, size: 46_790, package: "seamscan"),
  ]

  static func video(path: String = "SampleMedia/astronaut-pan.mp4", pathHex: String? = nil, options: ScanOptions)
    -> VideoRecord
  {
    VideoRecord(
      path: path, pathHex: pathHex, size: 129_606, sha256: sha, container: "mov,mp4,m4a,3gp,3g2,mj2", codec: "h264",
      pixFmt: "yuv420p", width: 640, height: 360, sampleAspectRatio: "1:1", displayWidth: 640, displayHeight: 360,
      rotation: -90, colorRange: "unknown", fps: 25, duration: 4, nbFrames: 100, options: options, models: models)
  }

  static let measuredFace = FaceRecord(
    track: 1, box: [213, 63, 126, 126], confidence: 0.779, source: .tracked,
    landmarks: Array(repeating: [213.5, 90.25], count: 68),
    evidence: FaceEvidence(
      alignedSize: 155, score: 0.298409, excluded: nil, bias: 0.009945,
      cues: CueTable([
        .init(name: "spatial.sharpness.ring0.5", value: 0.664589, contribution: -0.200417),
        .init(name: "temporal.interiorFlicker", value: nil, contribution: nil),
        .init(name: "network.face", value: nil, contribution: 0),
      ])))

  static var samples: [any OutputRecord] {
    var plainOptions = options
    plainOptions.faces = Switchable<FaceFindingOptions>.off
    plainOptions.scoring = Switchable<ScoringOptions>.off
    plainOptions.landmarks = false
    var unmeasured = measuredFace
    unmeasured.landmarks = nil
    unmeasured.evidence = FaceEvidence(alignedSize: nil, score: nil, excluded: .unconfirmed, bias: nil, cues: nil)
    var bare = measuredFace
    bare.landmarks = nil
    bare.evidence = nil
    let timing = Timing(
      started: Date(timeIntervalSince1970: 1_796_316_012), wallSeconds: 0.203166, fps: 49.2, threads: 2,
      decoderThreads: 2)
    return [
      video(options: options),
      video(path: "caf\\xE9.mp4", pathHex: "636166e92e6d7034", options: plainOptions),
      FrameRecord(
        frame: 8, pts: 4096, ptsTime: 0.32, keyFrame: 0, pictType: "P", analysed: true,
        faces: [measuredFace, unmeasured],
        score: 0.298409),
      FrameRecord(
        frame: 9, pts: nil, ptsTime: 0.36, keyFrame: 1, pictType: "I", analysed: false, faces: [bare], score: nil),
      SummaryRecord(
        path: "SampleMedia/astronaut-pan.mp4", sha256: sha, framesDecoded: 10, framesAnalysed: 10, decodeErrors: 0,
        truncated: false, framesWithFace: 10, score: 0.41, verdict: .inconclusive, reason: .scoreBetweenThresholds,
        sceneCuts: [4], model: .video,
        tracks: [
          TrackSummary(
            track: 1, firstFrame: 0, lastFrame: 9, frames: 10, framesCounted: 6, score: 0.41, medianAlignedSize: 155,
            notCounted: nil),
          TrackSummary(
            track: 2, firstFrame: 3, lastFrame: 4, frames: 2, framesCounted: 0, score: nil, medianAlignedSize: nil,
            notCounted: .unconfirmed),
        ],
        timing: timing),
      SummaryRecord(
        path: "caf\\xE9.mp4", pathHex: "636166e92e6d7034", sha256: sha, framesDecoded: 0, framesAnalysed: 0,
        decodeErrors: 3, truncated: true, framesWithFace: 0, score: nil, verdict: nil, reason: nil, sceneCuts: nil,
        model: nil, tracks: nil, timing: Timing(started: nil, wallSeconds: 0, fps: 0, threads: 1, decoderThreads: nil)),
      ErrorRecord(path: "clip.mp4", sha256: sha, error: .truncated, message: "the file ends early"),
      ErrorRecord(path: nil, sha256: nil, error: .modelMissing, message: "cannot read the frontal cascade"),
      ErrorRecord(path: "\\xFF.mp4", pathHex: "ff2e6d7034", sha256: nil, error: .permissionDenied, message: "denied"),
      SkippedRecord(path: "notes.txt", reason: "not a media file"),
      SkippedRecord(path: "\\xFF.txt", pathHex: "ff2e747874", reason: "not a regular file: a FIFO"),
      FacesRecord(
        path: "SampleMedia/astronaut.jpg", sha256: sha, frame: 0, ptsTime: 0, models: models,
        faces: [measuredFace, bare]),
      SynthRecord(
        input: "SampleMedia/astronaut.jpg", sha256: sha, output: "fake.png", kind: .generator, seed: -1, crf: 23,
        jitter: 0.5, frames: 1, framesBlended: 1,
        tracks: [
          BlendRecord(
            track: 1, mask: .alignedBox, generatorSize: 128, bottleneckFactor: 0.75, scale: 1.02, lumaOffset: -1.5,
            cbOffset: 0.5, crOffset: -0.25, sharpness: 0.9, maskEdgeRho: 0.1, feather: 0.08, strength: 0.95)
        ]),
    ]
  }

  @Test func samplesOfEveryRecordTypeValidate() throws {
    let samples = Self.samples
    #expect(Set(samples.map { type(of: $0).type }) == Set(RecordType.allCases))
    let problems = try SchemaValidator.problems(samples.map(\.line))
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test func recordsOffTheContractDoNotValidate() throws {
    let frame = FrameRecord(
      frame: 0, pts: 1, ptsTime: 0, keyFrame: 1, pictType: "I", analysed: true, faces: [Self.measuredFace], score: 0.5
    )
    .line
    let broken = [
      frame.replacingOccurrences(of: #""score":0.5}"#, with: #""score":1.5}"#),
      frame.replacingOccurrences(of: #""source":"tracked""#, with: #""source":"guessed""#),
      frame.replacingOccurrences(of: #""bias":0.009945,"#, with: ""),
      frame.replacingOccurrences(of: #""pict_type":"I","#, with: #""pict_type":"I","extra":1,"#),
      #"{"type":"plan"}"#,
      ErrorRecord(path: nil, sha256: "AB", error: .failed, message: "x").line,
    ]
    let problems = try SchemaValidator.problems(broken)
    for line in 1...broken.count {
      #expect(problems.contains { $0.hasPrefix("line \(line):") }, "line \(line) passed: \(broken[line - 1])")
    }
  }

  @Test func everyReferenceResolvesAndEveryDefinitionIsUsed() {
    let text = RecordSchema.document.serialized
    let names = RecordSchema.definitions.map { $0.schemaName }
    #expect(Set(names).count == names.count)
    // Records are the top level's; `input_status` is summary.csv's vocabulary, there for its readers.
    let unreferenced = Set(RecordType.allCases.map(\.rawValue) + [InputStatus.schemaName])
    for name in names where !unreferenced.contains(name) {
      let used = text.contains(##""$ref":"#/$defs/\##(name)""##)
      #expect(used, "\(name) is defined but never used")
    }
    for reference in text.components(separatedBy: ##""$ref":"#/$defs/"##).dropFirst() {
      let name = String(reference.prefix { $0 != "\"" })
      #expect(names.contains(name), "\(name) is referenced but not defined")
    }
  }

  @Test func theSchemaIsTheRecordsVersion() {
    guard case .object(let document) = RecordSchema.document else {
      Issue.record("not an object")
      return
    }
    #expect(document["title"] == .string(ToolIdentity.schema))
    #expect(RecordSchema.document.prettyPrinted == RecordSchema.document.prettyPrinted)
  }
}

/// Runs `Scripts/seamscan_schema.py` on records against ``RecordSchema/document``.
enum SchemaValidator {
  static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Scripts")

  /// `line N: where: what` for each problem, N counted from 1.
  static func problems(_ lines: [String]) throws -> [String] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let schema = folder.appendingPathComponent("schema.json")
    let records = folder.appendingPathComponent("records.jsonl")
    try Data(RecordSchema.document.prettyPrinted.utf8).write(to: schema)
    try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: records)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [
      scripts.appendingPathComponent("seamscan_schema.py").path, "--schema", schema.path, records.path,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // 0: all valid, 1: problems listed; anything else (no python3-jsonschema, a bad schema) fails the test.
    guard process.terminationStatus <= 1 else { throw ValidatorFailure(output: text) }
    // `…/records.jsonl:N: where: what` → `line N: where: what`.
    return text.split(separator: "\n").compactMap { line in
      line.range(of: "records.jsonl:").map { "line " + line[$0.upperBound...] }
    }
  }

  struct ValidatorFailure: Error, CustomStringConvertible {
    var output: String
    var description: String { "Scripts/seamscan_schema.py failed: \(output)" }
  }
}
