/// What a folder walk found at one path.
public enum FolderEntry: Sendable, Equatable {
  /// A regular file, or a symbolic link to one.
  case file(BytePath)
  /// Anything else that is not a folder (a named pipe, a socket, a device), or a link to one.
  /// It is never opened: opening a FIFO blocks, and reading a device never ends.
  case special(BytePath, FileKind)
  case brokenLink(BytePath)
  /// Listed by the folder but gone when it was looked at.
  case vanished(BytePath)
  /// A folder that cannot be read.
  case unreadableFolder(BytePath)
}

/// Walks folders recursively in byte order of the names, so every walk of the same tree gives
/// the same order whatever the locale. Hidden entries are skipped; symbolic links are followed,
/// a folder at most once per walk, so a link loop cannot recurse forever.
public struct FolderWalk {
  private var visited = Set<BytePath>()

  public init() {}

  /// Every entry under `folder` that is not itself a folder, in walk order.
  public mutating func entries(under folder: BytePath) -> [FolderEntry] {
    var found: [FolderEntry] = []
    walk(folder, into: &found)
    return found
  }

  private mutating func walk(_ folder: BytePath, into found: inout [FolderEntry]) {
    guard visited.insert(FileSystem.canonicalPath(folder) ?? folder).inserted else { return }
    guard let names = FileSystem.entries(of: folder) else {
      found.append(.unreadableFolder(folder))
      return
    }
    for name in names where name.first != UInt8(ascii: ".") {
      let path = folder.appending(name)
      guard let entry = FileSystem.status(path, followLinks: false) else {
        found.append(.vanished(path))
        continue
      }
      var kind = entry.kind
      if kind == .symbolicLink {
        guard let target = FileSystem.status(path, followLinks: true) else {
          found.append(.brokenLink(path))
          continue
        }
        kind = target.kind
      }
      switch kind {
      case .directory: walk(path, into: &found)
      case .regular: found.append(.file(path))
      default: found.append(.special(path, kind))
      }
    }
  }
}
