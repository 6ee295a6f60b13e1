import Foundation
import SeamScanTestSupport
import Testing

/// An output folder used by several batches keeps every result: outputs never overwrite
/// another input's, names are stable, `summary.csv` covers the whole folder, `--resume`
/// reuses only what matches, and leftovers of a killed run are cleaned. Issue 8, defects 6, 7
/// and the output-folder faults of 9.
@Suite final class ReusedOutputFolderTests {
  private let folder: URL
  private let output: URL
  private let still = SampleMedia.folder.appendingPathComponent("astronaut.jpg")
  private let otherStill = SampleMedia.folder.appendingPathComponent("astronaut-generator.png")

  init() throws {
    folder = try GeneratedMedia.makeFolder("reused-output")
    output = folder.appendingPathComponent("out")
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Two folders, each with a `clip.jpg`, that are different pictures; A also has `other.jpg`.
  private func makeEvidence() throws -> (a: URL, b: URL) {
    let a = folder.appendingPathComponent("A")
    let b = folder.appendingPathComponent("B")
    for url in [a, b] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    try FileManager.default.copyItem(at: still, to: a.appendingPathComponent("clip.jpg"))
    try FileManager.default.copyItem(at: still, to: a.appendingPathComponent("other.jpg"))
    try FileManager.default.copyItem(at: otherStill, to: b.appendingPathComponent("clip.jpg"))
    return (a, b)
  }

  private func scan(_ arguments: [String]) throws -> SeamScanBinary.Run {
    try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--output-dir", output.path] + arguments)
  }

  /// Output file name → the path its first record names.
  private func outputs() throws -> [String: String] {
    var found: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: output.path) where name.hasSuffix(".jsonl") {
      let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
      let first = try #require(text.split(separator: "\n").first)
      let record = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
      found[name] = record["path"] as? String
    }
    return found
  }

  private func summaryPaths() throws -> [String] {
    try SummaryCSV.rows(output.appendingPathComponent("summary.csv")).compactMap { $0["path"] }.sorted()
  }

  @Test("A later batch never overwrites another input's output, and summary.csv keeps every result")
  func laterBatchKeepsEarlierResults() throws {
    let (a, b) = try makeEvidence()
    #expect(try scan([a.path]).status == 0)
    let first = try outputs()
    #expect(try scan([b.path]).status == 0)
    let after = try outputs()
    for (name, path) in first { #expect(after[name] == path, "\(name) still holds \(path)") }
    #expect(Set(after.values) == [a.path + "/clip.jpg", a.path + "/other.jpg", b.path + "/clip.jpg"])
    #expect(
      try summaryPaths() == [a.path + "/clip.jpg", a.path + "/other.jpg", b.path + "/clip.jpg"],
      "summary.csv covers every output in the folder")
  }

  @Test("The input-to-output mapping is stable: adding a same-named input later renames nothing")
  func mappingIsStable() throws {
    let (a, b) = try makeEvidence()
    #expect(try scan([b.path]).status == 0)
    let first = try outputs()
    #expect(try scan([a.path, b.path]).status == 0)
    let after = try outputs()
    for (name, path) in first { #expect(after[name] == path, "\(name) still holds \(path)") }
    #expect(after.count == 3)
  }

  @Test("--resume reuses an output only for the same file and the same options, and says why it re-analyses")
  func resumeChecksOptionsAndHash() throws {
    let (a, _) = try makeEvidence()
    let resume = ["scan", "--quiet", "--output-dir", output.path, "--resume"]
    #expect(try SeamScanBinary.run(resume + ["--max-frames", "10", a.path]).status == 0)

    let changed = try SeamScanBinary.run(resume + ["--max-frames", "3", "--no-score", a.path])
    #expect(changed.status == 0)
    #expect(changed.standardError.contains("re-analysed: options changed (max_frames 10→3, cues true→false"))
    var rows = try SummaryCSV.rows(output.appendingPathComponent("summary.csv"))
    #expect(rows.map { $0["status"] } == ["analysed", "analysed"], "nothing kept from the other options")
    #expect(rows.allSatisfy { $0["message"]?.hasPrefix("re-analysed: options changed") == true })
    for name in try FileManager.default.contentsOfDirectory(atPath: output.path) where name.hasSuffix(".jsonl") {
      let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
      #expect(text.contains("\"max_frames\":3,"), "\(name) holds the new options")
    }

    let same = try SeamScanBinary.run(resume + ["--max-frames", "3", "--no-score", a.path])
    #expect(same.standardError.isEmpty)
    rows = try SummaryCSV.rows(output.appendingPathComponent("summary.csv"))
    #expect(rows.map { $0["status"] } == ["resumed", "resumed"])

    try FileManager.default.removeItem(at: a.appendingPathComponent("clip.jpg"))
    try FileManager.default.copyItem(at: otherStill, to: a.appendingPathComponent("clip.jpg"))
    let edited = try SeamScanBinary.run(resume + ["--max-frames", "3", "--no-score", a.path])
    #expect(edited.standardError.contains("\(a.path)/clip.jpg: re-analysed: the file changed"))
    rows = try SummaryCSV.rows(output.appendingPathComponent("summary.csv"))
    #expect(rows.map { $0["status"] } == ["analysed", "resumed"])
  }

  @Test("Temporary files a killed run left are removed when the folder is used again")
  func stalePartialFilesAreRemoved() throws {
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let stale = output.appendingPathComponent(".clip.jpg.seamscan.jsonl.3F2504E0-4F89-11D3-9A0C-0305E82C3301.partial")
    try Data("{\"type\":\"video\"".utf8).write(to: stale)
    #expect(try scan([still.path]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: stale.path))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".partial") }.isEmpty)
  }

  @Test("An unusable output folder gets a plain message, not a raw system error")
  func unusableOutputFolder() throws {
    let file = folder.appendingPathComponent("a-file")
    try Data("x".utf8).write(to: file)
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--output-dir", file.path, still.path])
    #expect(run.status == 1)
    #expect(
      run.standardError == "seamscan: cannot use output folder '\(file.path)': it is a regular file, not a folder\n")
    #expect(run.lines.isEmpty)
  }

  @Test("Skipped and failed inputs get an output too, so summary.csv lists them after a later batch")
  func everyInputHasAnOutput() throws {
    let evidence = folder.appendingPathComponent("E")
    try FileManager.default.createDirectory(at: evidence, withIntermediateDirectories: true)
    try Data("notes".utf8).write(to: evidence.appendingPathComponent("notes.txt"))
    try Data("not a video".utf8).write(to: evidence.appendingPathComponent("broken.mp4"))
    #expect(try scan([evidence.path]).status == 1)
    #expect(try scan([still.path]).status == 0)
    let rows = try SummaryCSV.rows(output.appendingPathComponent("summary.csv"))
    let status = Dictionary(uniqueKeysWithValues: rows.map { ($0["path"] ?? "", $0["status"] ?? "") })
    #expect(status[evidence.path + "/notes.txt"] == "skipped")
    #expect(status[evidence.path + "/broken.mp4"] == "failed")
    #expect(status[still.path] == "analysed")
  }
}
