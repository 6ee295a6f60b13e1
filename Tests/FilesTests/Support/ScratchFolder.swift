import Foundation
import SeamScanFiles
import Testing

/// An empty folder of its own for one test, removed when the test is done with it.
final class ScratchFolder {
  let url: URL
  var path: BytePath { BytePath(url.path) }

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("seamscan-files-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  func file(_ name: String) -> BytePath { path.appending(Array(name.utf8)) }

  /// The names in the folder, hidden ones included, in byte order.
  var names: [String] {
    (FileSystem.entries(of: path) ?? []).map { String(decoding: $0, as: UTF8.self) }
  }

  func write(_ text: String, to name: String) throws {
    try Data(text.utf8).write(to: url.appendingPathComponent(name))
  }

  func read(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
  }

  func makeFIFO(_ name: String) throws {
    try #require(mkfifo(url.appendingPathComponent(name).path, 0o644) == 0)
  }
}
