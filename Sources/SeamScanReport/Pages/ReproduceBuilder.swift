import Foundation
import SeamScanForensics
import SeamScanRecords

extension VideoPageBuilder {
  /// §6: check the file, run the same scan, compare the records.
  func reproduce() -> Reproduce {
    // `./`: a records file whose name starts with `-` is not taken for an option of `jq`.
    let records = ShellWord.quoted("./" + evidence.input.fileName)
    let media = ShellWord.quoted(RecordedPath(path: video.path, hex: video.pathHex).bytes)
    let withoutTiming = "jq -c 'del(.timing, .path)'"
    return Reproduce(
      intro: words.markup("repro.intro"),
      requires: words.text(
        "repro.requires",
        ["tool": video.tool.name, "version": video.tool.version, "section": Self.number(of: "provenance")]),
      hashCommand: TextLines(["sha256sum \(media)", "# \(video.sha256)"]),
      scanCommand: TextLines([
        (["seamscan"] + ReproduceCommand.options(for: video)).map(ShellWord.quoted).joined(separator: " ")
          + " \(media) > again.seamscan.jsonl"
      ]),
      fixedNote: words.text("repro.fixed", ["keys": ReproduceCommand.fixedKeys.joined(separator: ", ")]),
      compareCommand: TextLines([
        "diff <(\(withoutTiming) \(records)) \\", "     <(\(withoutTiming) again.seamscan.jsonl)",
      ]))
  }

  /// §7: the cue families, their cues and what they measure.
  func glossary() -> Glossary {
    Glossary(
      families: CueFamily.all.map { family in
        let cues = SeamCues.names.filter(family.matches)
        let shown = cues.count <= 3 ? cues.joined(separator: " · ") : "\(cues[0]) … \(cues[cues.count - 1])"
        return Glossary.Family(
          id: Text(family.id), name: words.text("cue.family." + family.id), cues: Text(shown),
          what: words.text("cue.family." + family.id + ".what"),
          region: words.text("cue.region." + Self.regionKey(CueFamily.region(of: cues.first ?? ""))))
      })
  }

  private static func regionKey(_ region: CueRegion) -> String {
    switch region {
    case .ring: return "rings"
    case .inner: return "inner"
    case .contour: return "contour"
    case .peak: return "peak"
    case .landmarks: return "landmarks"
    }
  }
}

/// The `seamscan scan` arguments that repeat a scan, from the options in its video record.
public enum ReproduceCommand {
  /// Options with no flag: fixed by the tool version, which the page names.
  static let fixedKeys = [
    "detail_max_side", "faces.frontal_cascade", "faces.profile_cascade", "faces.max_unconfirmed_frames",
    "faces.scene_cut_threshold", "scoring",
  ]

  /// Everything before the input's path, ending with `--`; the path follows as exact bytes.
  public static func options(for video: VideoRecord) -> [String] {
    let options = video.options
    var arguments = ["scan", "--quiet", "--max-side", String(options.maxSide)]
    if let start = options.start { arguments += ["--start", JSONValue.format(start)] }
    if let duration = options.duration { arguments += ["--duration", JSONValue.format(duration)] }
    if let maxFrames = options.maxFrames { arguments += ["--max-frames", String(maxFrames)] }
    arguments += ["--stride", String(options.stride)]
    if options.landmarks { arguments.append("--landmarks") }
    switch options.faces {
    case .off: arguments.append("--no-faces")
    case .on(let faces):
      if !options.cues { arguments.append("--no-score") }
      arguments += [
        "--min-face", String(faces.minFace), "--min-neighbors", String(faces.minNeighbors), "--scale-factor",
        JSONValue.format(faces.scaleFactor), "--detect-side", String(faces.detectSide), "--detect-every",
        String(faces.detectEvery), "--confirm-every", String(faces.confirmEvery),
      ]
      if let scoring = options.scoring.settings {
        arguments += ["--network-every", String(scoring.network.settings?.every ?? 0)]
      }
    }
    if let folder = modelsFolder(video.models) { arguments += ["--models", folder] }
    if let network = video.models.first(where: { $0.role == .faceNetwork }) {
      arguments += ["--face-network", network.path]
    }
    return arguments + ["--"]
  }

  /// `--models DIR` when the model files were not read from Debian's own paths.
  static func modelsFolder(_ models: [ModelFileRecord]) -> String? {
    let debian = ["/usr/share/opencv4/haarcascades", "/usr/share/dlib"]
    let faceModels = models.filter { $0.role != .faceNetwork }
    let folders = Set(faceModels.map { String(RecordedPath.folderAndName(of: $0.path).folder.dropLast()) })
    guard let folder = folders.first, folders.count == 1, !debian.contains(folder) else { return nil }
    return folder
  }
}
