import SeamScanMedia

/// Builds the four record types of the output contract (see README, "Records").
enum Records {
  static func video(
    path: String, digest: FileDigest, info: MediaInfo, settings: ScanSettings, faces: FaceKit?, scoring: ScoringKit?
  )
    -> JSONObject
  {
    let display = info.displaySize
    var record = JSONObject([
      "type": "video",
      "schema": .string(ToolIdentity.schema),
      "tool": ToolIdentity.json,
      "path": .string(path),
      "size": .int(digest.size),
      "sha256": .string(digest.sha256),
      "container": .string(info.container),
      "codec": .string(info.codec),
      "pix_fmt": .string(info.pixelFormat),
      "width": .int(info.width),
      "height": .int(info.height),
    ])
    record["sample_aspect_ratio"] = JSONValue(info.sampleAspectRatio.map { "\($0.numerator):\($0.denominator)" })
    record["display_width"] = .int(display.width)
    record["display_height"] = .int(display.height)
    record["rotation"] = .double(info.rotationDegrees)
    record["color_range"] = .string(info.colorRange)
    record["fps"] = JSONValue(info.frameRate?.value)
    record["duration"] = JSONValue(info.duration)
    record["nb_frames"] = JSONValue(info.declaredFrameCount)
    var options = settings.json
    options["faces"] = faces.map { .object($0.optionsJSON) } ?? .bool(false)
    options["scoring"] = scoring.map { .object($0.optionsJSON) } ?? .bool(false)
    record["options"] = .object(options)
    record["models"] = .array(faces?.modelRecords ?? [])
    return record
  }

  static func frame(_ frame: DecodedFrame, findings: FrameFindings) -> JSONObject {
    var record = JSONObject([
      "type": "frame",
      "frame": .int(frame.index),
      "pts": JSONValue(frame.pts.map { Int($0) }),
      "pts_time": .double(frame.ptsTime),
      "key_frame": .int(frame.keyFrame ? 1 : 0),
      "pict_type": .string(frame.pictType),
      "analysed": .bool(frame.isAnalysed),
    ])
    record["faces"] = .array(findings.faces)
    record["score"] = JSONValue(findings.score)
    return record
  }

  static func summary(path: String, digest: FileDigest, statistics: DecodeStatistics, verdict: VideoVerdict, timing: JSONObject)
    -> JSONObject
  {
    var record = JSONObject([
      "type": "summary",
      "path": .string(path),
      "sha256": .string(digest.sha256),
      "frames_decoded": .int(statistics.framesDecoded),
      "frames_analysed": .int(statistics.framesAnalysed),
      "decode_errors": .int(statistics.decodeErrors),
      "truncated": .bool(statistics.truncated),
    ])
    record["frames_with_face"] = .int(verdict.framesWithFace)
    record["score"] = JSONValue(verdict.score)
    record["verdict"] = JSONValue(verdict.label)
    record["reason"] = JSONValue(verdict.reason)
    record["timing"] = .object(timing)
    return record
  }

  /// `path` is nil for errors that belong to no input, such as missing models.
  static func error(path: String?, digest: FileDigest?, code: String, message: String) -> JSONObject {
    var record = JSONObject([
      "type": "error",
      "schema": .string(ToolIdentity.schema),
      "tool": ToolIdentity.json,
      "path": JSONValue(path),
    ])
    record["sha256"] = JSONValue(digest?.sha256)
    record["error"] = .string(code)
    record["message"] = .string(message)
    return record
  }
}

/// An error record written by a command outside a scan (missing models, `faces`, `synth`).
public enum ErrorRecord {
  public static func line(code: String, message: String, path: String? = nil) -> String {
    JSONValue.object(Records.error(path: path, digest: nil, code: code, message: message)).serialized
  }
}
