import Foundation
import SeamScanMedia

/// One path to scan, and whether the user named it or a folder walk found it.
public struct ScanInput: Sendable, Equatable {
  public var path: String
  /// Named on the command line: analysed even if it does not look like media,
  /// so that a wrong file gets an error record instead of silence.
  public var named: Bool
  /// Found by walking a folder but not recognised as media.
  public var skippedReason: String?
}

/// Expands the command-line paths into the inputs of a batch.
///
/// Folders are walked recursively in name order (so batches are
/// reproducible), hidden entries are skipped, symbolic links to folders are
/// followed once (a loop cannot recurse forever) and files are recognised as
/// media by their content, not their extension.
public enum InputCollector {
  public static func collect(_ paths: [String]) -> [ScanInput] {
    var inputs: [ScanInput] = []
    var visitedFolders = Set<String>()
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        walk(folder: path, into: &inputs, visited: &visitedFolders)
      } else {
        inputs.append(ScanInput(path: path, named: true))
      }
    }
    return inputs
  }

  private static func walk(folder: String, into inputs: inout [ScanInput], visited: inout Set<String>) {
    let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted else { return }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      inputs.append(ScanInput(path: folder, named: false, skippedReason: "folder cannot be read"))
      return
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      let path = (folder as NSString).appendingPathComponent(name)
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      if isDirectory.boolValue {
        walk(folder: path, into: &inputs, visited: &visited)
      } else if MediaProbe.looksLikeMedia(path: path) {
        inputs.append(ScanInput(path: path, named: false))
      } else {
        inputs.append(ScanInput(path: path, named: false, skippedReason: "not a media file"))
      }
    }
  }
}
