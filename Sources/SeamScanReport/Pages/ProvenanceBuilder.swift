import Foundation
import SeamScanRecords

extension VideoPageBuilder {
  /// §1: the file, the analysis, the models and every option, each value as the records hold it.
  func provenance() -> Provenance {
    Provenance(
      fileFacts: fileFacts(), analysisFacts: analysisFacts(),
      models: video.models.enumerated().map { index, model in
        Provenance.ModelRow(
          role: words.text("role." + model.role.rawValue), field: Text("video/models/\(index)"), path: Text(model.path),
          package: Text(model.package), size: Text(format.integer(model.size)), sizeValue: Text(String(model.size)),
          sha: Text(model.sha256))
      },
      options: Self.flatten(RecordEncoder.encodeOrNull(video.options), prefix: []).map { path, value in
        Provenance.OptionRow(
          key: Text(path.joined(separator: ".")), path: Text(path.joined(separator: "/")),
          shown: Text(value.serialized),
          value: Text(value.dataValue), unset: value == .null)
      })
  }

  private func fileFacts() -> [Fact] {
    let t = { (key: String) in words.text(key) }
    var facts = [
      Fact(t("prov.path"), Text(video.path), mono: true, field: "video/path", raw: .string(video.path)),
      Fact(
        t("prov.size"),
        words.text("prov.size.value", ["bytes": format.integer(video.size), "human": format.bytes(video.size)]),
        field: "video/size", raw: .int(video.size)),
      Fact(t("prov.sha256"), Text(video.sha256), mono: true, field: "video/sha256", raw: .string(video.sha256)),
      Fact(
        t("prov.container"), Text(video.container), mono: true, field: "video/container", raw: .string(video.container)),
      Fact(t("prov.codec"), Text(video.codec), mono: true, field: "video/codec", raw: .string(video.codec)),
      Fact(t("prov.pix_fmt"), Text(video.pixFmt), mono: true, field: "video/pix_fmt", raw: .string(video.pixFmt)),
      Fact(
        t("prov.coded_size"), Text("\(format.integer(video.width)) × \(format.integer(video.height))"),
        field: "video/width", raw: .int(video.width)),
      Fact(
        t("prov.display_size"), Text("\(format.integer(video.displayWidth)) × \(format.integer(video.displayHeight))"),
        field: "video/display_width", raw: .int(video.displayWidth)),
      Fact(
        t("prov.rotation"), words.text("unit.degrees", ["n": format.decimal(video.rotation, places: 0)]),
        field: "video/rotation", raw: .double(video.rotation)),
      Fact(
        t("prov.sar"), Text(video.sampleAspectRatio.map(Self.reduced) ?? "—"), field: "video/sample_aspect_ratio",
        raw: JSONValue(video.sampleAspectRatio),
        note: video.sampleAspectRatio.flatMap {
          Self.reduced($0) == $0 ? nil : words.text("prov.sar.recorded", ["sar": $0])
        }),
      Fact(
        t("prov.color_range"), Text(video.colorRange), mono: true, field: "video/color_range",
        raw: .string(video.colorRange)),
      Fact(
        t("prov.fps"),
        video.fps.map { words.text("prov.fps.value", ["fps": format.number($0, maxPlaces: 3)]) } ?? Text("—"),
        field: "video/fps", raw: JSONValue(video.fps)),
      Fact(
        t("prov.duration"),
        video.duration.map {
          Text(words.text("unit.seconds", ["n": format.number($0, maxPlaces: 3)]).shown + " (\(format.duration($0)))")
        } ?? Text("—"), field: "video/duration", raw: JSONValue(video.duration)),
      Fact(
        t("prov.nb_frames"), Text(video.nbFrames.map(format.integer) ?? "—"), field: "video/nb_frames",
        raw: JSONValue(video.nbFrames)),
    ]
    guard let summary else { return facts }
    facts += [
      Fact(
        t("prov.frames_decoded"), Text(format.integer(summary.framesDecoded)), field: "summary/frames_decoded",
        raw: .int(summary.framesDecoded)),
      Fact(
        t("prov.frames_analysed"), Text(format.integer(summary.framesAnalysed)), field: "summary/frames_analysed",
        raw: .int(summary.framesAnalysed)),
      Fact(
        t("prov.frames_with_face"),
        Text(
          format.integer(summary.framesWithFace)
            + (summary.framesAnalysed > 0
              ? " (\(format.percent(Double(summary.framesWithFace) / Double(summary.framesAnalysed))))" : "")),
        field: "summary/frames_with_face", raw: .int(summary.framesWithFace)),
      Fact(
        t("prov.decode_errors"), Text(format.integer(summary.decodeErrors)), field: "summary/decode_errors",
        raw: .int(summary.decodeErrors)),
      Fact(
        t("prov.truncated"), t(summary.truncated ? "bool.yes" : "bool.no"), field: "summary/truncated",
        raw: .bool(summary.truncated)),
    ]
    return facts
  }

  private func analysisFacts() -> [Fact] {
    let t = { (key: String) in words.text(key) }
    var facts = [
      Fact(
        t("prov.tool"), words.text("meta.tool", ["name": video.tool.name, "version": video.tool.version]),
        field: "video/tool/version", raw: .string(video.tool.version)),
      Fact(t("prov.schema"), Text(video.schema), mono: true, field: "video/schema", raw: .string(video.schema)),
    ]
    if let scoring = video.options.scoring.settings, let mode = evidence.mode {
      let key = evidence.input.isStill ? "still" : "video"
      facts.append(
        Fact(
          t("prov.scoring_model"), Text(mode.model), mono: true, field: "video/options/scoring/\(key)/model",
          raw: .string(mode.model), note: Text(scoring.cues)))
      if let fusion = mode.fusion {
        facts.append(
          Fact(
            t("prov.fused_model"), Text(fusion.version), mono: true,
            field: "video/options/scoring/\(key)/fusion/version", raw: .string(fusion.version),
            note: Text(
              "σ(\(fusion.bias) + \(fusion.cueWeight) × cue logit + \(fusion.networkWeight) × network logit)")))
      }
    }
    if let timing = summary?.timing {
      let started = timing.started.flatMap { try? Date($0, strategy: .iso8601) }
      facts.append(
        Fact(
          t("prov.scan_time"), started.map { Text(format.dateTime($0)) } ?? t("prov.scan_time.unknown"),
          field: "summary/timing/started", raw: JSONValue(timing.started),
          note: timing.started.map { Text($0) }))
      facts.append(
        Fact(
          t("prov.scan_took"),
          words.text(
            "prov.scan_took.value",
            ["seconds": format.decimal(timing.wallSeconds, places: 1), "threads": format.integer(timing.threads)]),
          field: "summary/timing/wall_seconds", raw: .double(timing.wallSeconds)))
    }
    facts.append(Fact(t("prov.records_file"), Text(evidence.input.fileName), mono: true))
    facts.append(Fact(t("prov.records_sha256"), Text(evidence.input.fileSHA256), mono: true))
    return facts
  }

  /// A ratio `N:D` in lowest terms (`64:64` → `1:1`), as FFmpeg leaves some unreduced; anything
  /// else as it is.
  static func reduced(_ ratio: String) -> String {
    let parts = ratio.split(separator: ":", omittingEmptySubsequences: false).compactMap { Int($0) }
    guard parts.count == 2, parts[0] > 0, parts[1] > 0 else { return ratio }
    var (a, b) = (parts[0], parts[1])
    while b != 0 { (a, b) = (b, a % b) }
    return "\(parts[0] / a):\(parts[1] / a)"
  }

  /// Leaves of a JSON object with their key paths, in the record's order.
  static func flatten(_ value: JSONValue, prefix: [String]) -> [([String], JSONValue)] {
    guard case .object(let object) = value else { return [(prefix, value)] }
    return object.entries.flatMap { flatten($0.value, prefix: prefix + [$0.key]) }
  }
}

extension RecordEncoder {
  /// Records are plain data and always encode; null marks the impossible case instead of a crash.
  static func encodeOrNull<Value: Encodable>(_ value: Value) -> JSONValue {
    (try? encode(value)) ?? .null
  }
}
