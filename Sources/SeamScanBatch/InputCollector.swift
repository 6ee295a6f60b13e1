import SeamScanFiles
import SeamScanMedia
import SeamScanRecords

/// One path to scan, and whether the user named it or a folder walk found it.
public struct ScanInput: Sendable, Equatable {
  /// The exact bytes; `-` is standard input.
  public var path: BytePath
  /// Named on the command line: analysed even if it does not look like media,
  /// so that a wrong file gets an error record instead of silence.
  public var named: Bool
  /// Found by walking a folder but not evidence to analyse: why.
  public var skippedReason: String?
  /// Found by walking a folder but could not be looked at (a folder that cannot be read).
  public var error: MediaError?

  public init(path: BytePath, named: Bool, skippedReason: String? = nil, error: MediaError? = nil) {
    self.path = path
    self.named = named
    self.skippedReason = skippedReason
    self.error = error
  }
}

/// Expands the command-line paths into the inputs of a batch; every file found is accounted for.
///
/// Folders are walked by ``FolderWalk`` (byte order of the names, so batches are reproducible;
/// hidden entries skipped; a link loop followed once). Each entry found becomes an input or a
/// skipped one, never nothing:
/// - broken links, named pipes, sockets and devices are skipped with their kind, and never
///   opened (opening a FIFO blocks; reading a device never ends);
/// - SeamScan's own outputs are skipped;
/// - a file with a video or picture extension is evidence: analysed, and an error if it cannot be;
/// - any other file is analysed when FFmpeg finds a video stream in it, and skipped otherwise,
///   with what it holds ("audio only", "subtitles", "not a media file").
public enum InputCollector {
  public static func collect(_ paths: [BytePath]) -> [ScanInput] {
    var inputs: [ScanInput] = []
    var walk = FolderWalk()
    for path in paths {
      if path != .standardInput, FileSystem.status(path, followLinks: true)?.kind == .directory {
        inputs += walk.entries(under: path).map(input)
      } else {
        inputs.append(ScanInput(path: path, named: true))
      }
    }
    return inputs
  }

  /// Extensions of the video and picture formats SeamScan reads: a file named so is evidence.
  static let mediaExtensions: Set<String> = [
    "3g2", "3gp", "amv", "asf", "avi", "avif", "bmp", "dav", "divx", "dv", "f4v", "flv", "gif", "h264", "h265",
    "heic", "heif", "hevc", "j2k", "jfif", "jp2", "jpe", "jpeg", "jpg", "m1v", "m2t", "m2ts", "m2v", "m4v", "mj2",
    "mjpeg", "mjpg", "mkv", "mov", "mp4", "mpe", "mpeg", "mpg", "mts", "mxf", "nut", "ogv", "png", "qt", "rm",
    "rmvb", "tif", "tiff", "ts", "vob", "webm", "webp", "wmv", "y4m",
  ]

  /// What a folder walk found, as an input: evidence, or skipped and why.
  private static func input(_ entry: FolderEntry) -> ScanInput {
    switch entry {
    case .file(let path): return classify(path)
    case .special(let path, let kind):
      return ScanInput(path: path, named: false, skippedReason: "not a regular file: a \(kind.noun)")
    case .brokenLink(let path): return ScanInput(path: path, named: false, skippedReason: "broken symbolic link")
    case .vanished(let path):
      return ScanInput(path: path, named: false, skippedReason: "vanished while the folder was read")
    case .unreadableFolder(let folder):
      return ScanInput(path: folder, named: false, error: .permissionDenied(path: folder.display))
    }
  }

  /// A regular file found in a folder: evidence, or skipped and why.
  static func classify(_ path: BytePath) -> ScanInput {
    let skipped = { (reason: String) in ScanInput(path: path, named: false, skippedReason: reason) }
    let name = path.lastComponent
    let suffix = ScanFolderLayout.outputSuffix.utf8
    if name.count >= suffix.count, name.suffix(suffix.count).elementsEqual(suffix) {
      return skipped("SeamScan output")
    }
    if mediaExtensions.contains(path.lowercasedExtension) { return ScanInput(path: path, named: false) }
    // Unreadable files become inputs, so their error record shows what could not be looked at.
    guard let file = try? EvidenceFile(opening: path) else { return ScanInput(path: path, named: false) }
    if isSeamScanOutput(file.read(at: 0, count: 256), name: name) { return skipped("SeamScan output") }
    switch MediaProbe.content(of: file) {
    case .video: return ScanInput(path: path, named: false)
    case .noVideo(let reason): return skipped(reason)
    case .notMedia: return skipped("not a media file")
    }
  }

  /// Records or a `summary.csv` SeamScan wrote, recognised by their first bytes.
  static func isSeamScanOutput(_ head: [UInt8], name: [UInt8]) -> Bool {
    let text = String(decoding: head, as: UTF8.self)
    if text.hasPrefix("{\"type\":\""),
      text.contains("\"schema\":\"" + ToolIdentity.schemaPrefix) || text.hasPrefix("{\"type\":\"skipped\",\"path\":")
    {
      return true
    }
    return name.elementsEqual(ScanFolderLayout.summaryName.utf8) && SummaryTable.beginsLikeATable(text)
  }
}
