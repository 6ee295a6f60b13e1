import SeamScanFaces
import SeamScanFiles
import SeamScanForensics
import SeamScanMedia
import SeamScanRecords

/// Turns the analysis' typed findings into the records of the contract.
enum RecordMapping {
  static func video(
    path: BytePath, digest: FileDigest, info: MediaInfo, settings: ScanSettings, faces: FaceKit?, scoring: ScoringKit?
  ) -> VideoRecord {
    let display = info.displaySize
    return VideoRecord(
      path: path.display, pathHex: path.hex, size: digest.size, sha256: digest.sha256, container: info.container,
      codec: info.codec,
      pixFmt: info.pixelFormat, width: info.width, height: info.height,
      sampleAspectRatio: info.sampleAspectRatio.map { "\($0.numerator):\($0.denominator)" },
      displayWidth: display.width, displayHeight: display.height, rotation: info.rotationDegrees,
      colorRange: info.colorRange, fps: info.frameRate?.value, duration: info.duration,
      nbFrames: info.declaredFrameCount, options: options(settings, faces: faces, scoring: scoring),
      models: models(faces: faces, scoring: scoring))
  }

  /// Every model file the scan read, with its SHA-256: the face models, then the face network.
  static func models(faces: FaceKit?, scoring: ScoringKit?) -> [ModelFileRecord] {
    (faces?.modelRecords ?? []) + (scoring?.network.map { [$0.record] } ?? [])
  }

  static func options(_ settings: ScanSettings, faces: FaceKit?, scoring: ScoringKit?) -> ScanOptions {
    let decode = settings.decode
    return ScanOptions(
      maxSide: decode.maxSide, detailMaxSide: DecodeOptions.detailMaxSide, start: decode.start,
      duration: decode.duration, maxFrames: decode.maxFrames, stride: decode.stride,
      landmarks: settings.includeLandmarks, cues: settings.measureCues, faces: faces?.findingOptions,
      scoring: scoring?.scoringOptions)
  }

  static func frame(_ frame: DecodedFrame, faces: [FaceRecord], score: Double?) -> FrameRecord {
    FrameRecord(
      frame: frame.index, pts: frame.pts.map { Int($0) }, ptsTime: frame.ptsTime, keyFrame: frame.keyFrame ? 1 : 0,
      pictType: frame.pictType, analysed: frame.isAnalysed, faces: faces, score: score)
  }

  /// A face in display pixels. `evidence` is false when cues are not measured, so the record leaves those fields out.
  static func face(_ analysed: AnalysedFace, scale: DisplayScale, landmarks: Bool, evidence: Bool) -> FaceRecord {
    let face = analysed.face
    return FaceRecord(
      track: face.track, box: scale.box(face.box), confidence: (face.confidence * 1000).rounded() / 1000,
      source: face.source,
      landmarks: landmarks
        ? face.shape.points.map { point in
          let p = scale.point(point)
          return [(p.x * 10).rounded() / 10, (p.y * 10).rounded() / 10]
        } : nil,
      evidence: evidence
        ? FaceEvidence(
          alignedSize: analysed.alignedSize, score: analysed.score.map { Double($0.probability) },
          excluded: analysed.exclusion, bias: analysed.score.map { Double($0.bias) },
          cues: analysed.cues.map { cueTable($0, network: analysed.network, score: analysed.score) }) : nil)
  }

  /// Every cue's value, then the face network's reading when it is on (null where it did not
  /// run), and for what the model uses, its contribution to the logit.
  static func cueTable(_ cues: SeamCueVector, network: NetworkReading?, score: SeamScore?) -> CueTable {
    var contributions: [String: Float] = [:]
    for entry in score?.contributions ?? [] { contributions[entry.name] = entry.contribution }
    var named = cues.named.map { ($0.name, $0.value.isFinite ? $0.value : nil) }
    if let network {
      var probability: Float?
      if case .probability(let value) = network { probability = value }
      named.append((ScoreFusion.networkCueName, probability))
    }
    return CueTable(
      named.map { name, value in
        CueTable.Entry(
          name: name, value: value.map { Double($0) }, contribution: contributions[name].map { Double($0) })
      })
  }

  static func summary(
    path: BytePath, sha256: String, statistics: DecodeStatistics, verdict: VideoVerdict, model: ScoringModel?,
    sceneCuts: [Int]?,
    timing: Timing
  ) -> SummaryRecord {
    SummaryRecord(
      path: path.display, pathHex: path.hex, sha256: sha256, framesDecoded: statistics.framesDecoded,
      framesAnalysed: statistics.framesAnalysed,
      decodeErrors: statistics.decodeErrors, truncated: statistics.truncated, framesWithFace: verdict.framesWithFace,
      score: verdict.score, verdict: verdict.verdict, reason: verdict.reason, sceneCuts: sceneCuts,
      model: model, tracks: verdict.tracks, timing: timing)
  }
}
