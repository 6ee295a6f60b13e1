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
      fixedNote: words.text("repro.fixed", ["keys": OptionTable.fixedKeys.joined(separator: ", ")]),
      compareCommand: TextLines([
        "diff <(\(withoutTiming) \(records)) \\", "     <(\(withoutTiming) again.seamscan.jsonl)",
      ]))
  }

  /// §7: the cue families, their cues and what they measure.
  func glossary() -> Glossary {
    Glossary(
      families: CueFamily.allCases.map { family in
        let cues = SeamCues.table.filter { $0.family == family }
        let names = cues.map(\.name)
        let shown = names.count <= 3 ? names.joined(separator: " · ") : "\(names[0]) … \(names[names.count - 1])"
        return Glossary.Family(
          id: Text(family.id), name: words.text("cue.family." + family.id), cues: Text(shown),
          what: words.text("cue.family." + family.id + ".what"),
          region: words.text("cue.region." + Self.regionKey(cues.first?.region ?? .inner)))
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
  /// Everything before the input's path, ending with `--`; the path follows as exact bytes.
  public static func options(for video: VideoRecord) -> [String] {
    var arguments = ["scan", "--quiet"] + OptionTable.arguments(reproducing: video.options)
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
