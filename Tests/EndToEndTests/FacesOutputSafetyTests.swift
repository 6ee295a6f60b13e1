import Foundation
import SeamScanTestSupport
import Testing

/// `faces --draw` and `--crops` follow `synth`'s rule: no existing file is replaced without
/// `--force`, the input under no name, and a FIFO or device never, even with `--force`. Issue 15, N2.
@Suite final class FacesOutputSafetyTests {
  private let folder: URL
  private let photo: URL

  init() throws {
    folder = try GeneratedMedia.makeFolder("faces-output")
    photo = folder.appendingPathComponent("evidence.jpg")
    try FileManager.default.copyItem(at: SampleMedia.folder.appendingPathComponent("astronaut.jpg"), to: photo)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  private func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

  private func sha256(_ url: URL) throws -> String {
    String(try Command.run("/usr/bin/sha256sum", [url.path]).standardOutput.prefix(64))
  }

  private func kind(_ url: URL) throws -> FileAttributeType? {
    try FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
  }

  /// One `output_exists` error record and exit 1, with no faces record.
  private func expectRefusal(
    _ run: SeamScanBinary.Run, saying words: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(run.status == 1, "\(run.standardError)", sourceLocation: sourceLocation)
    #expect(run.records.count == 1, "\(run.lines)", sourceLocation: sourceLocation)
    #expect(run.records.first?["error"] as? String == "output_exists", "\(run.lines)", sourceLocation: sourceLocation)
    let message = run.records.first?["message"] as? String ?? ""
    #expect(message.contains(words), "\(message)", sourceLocation: sourceLocation)
  }

  @Test("--draw never writes over the input, under any name, without --force")
  func drawRefusesTheInput() throws {
    let before = try sha256(photo)
    try FileManager.default.linkItem(at: photo, to: file("hard-link.jpg"))
    for output in ["evidence.jpg", "./evidence.jpg", "hard-link.jpg"] {
      let run = try SeamScanBinary.run(["faces", "evidence.jpg", "--draw", output], in: folder)
      expectRefusal(run, saying: "is the input itself")
      #expect(try sha256(photo) == before, "the evidence is untouched after --draw \(output)")
    }
  }

  @Test("--draw replaces an existing file only with --force")
  func drawReplacesOnlyWithForce() throws {
    let other = file("notes.png")
    try Data("an analyst's file".utf8).write(to: other)
    expectRefusal(try SeamScanBinary.run(["faces", photo.path, "--draw", other.path]), saying: "exists")
    #expect(try String(contentsOf: other, encoding: .utf8) == "an analyst's file")

    let forced = try SeamScanBinary.run(["faces", photo.path, "--draw", other.path, "--force"])
    #expect(forced.status == 0, "\(forced.standardError)")
    #expect(try Data(contentsOf: other).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "replaced by the drawing")
  }

  @Test("--draw never replaces a FIFO or a device node, even with --force")
  func drawNeverReplacesSpecialFiles() throws {
    let fifo = file("pipe.png")
    try SpecialFiles.makeFIFO(at: fifo)
    var specials = [fifo]
    // A node with /dev/full's numbers, in the test's own folder; only root may make one.
    let node = file("full.png")
    if try Command.run("/usr/bin/mknod", [node.path, "c", "1", "7"]).status == 0 { specials.append(node) }
    for special in specials {
      let kindBefore = try kind(special)
      for force in [[], ["--force"]] {
        let run = try SeamScanBinary.run(["faces", photo.path, "--draw", special.path] + force, timeout: 120)
        expectRefusal(run, saying: "never replaces")
        #expect(try kind(special) == kindBefore, "\(special.lastPathComponent) is still what it was")
      }
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).allSatisfy { !$0.hasPrefix(".") },
      "no temporary file left")
  }

  @Test("--crops follows the same rule for every file it writes")
  func cropsFollowTheRule() throws {
    let crops = file("crops")
    try FileManager.default.createDirectory(at: crops, withIntermediateDirectories: true)
    let crop = crops.appendingPathComponent("frame0-track1.png")
    try Data("earlier crop".utf8).write(to: crop)
    expectRefusal(try SeamScanBinary.run(["faces", photo.path, "--crops", crops.path]), saying: "exists")
    #expect(try String(contentsOf: crop, encoding: .utf8) == "earlier crop")

    let forced = try SeamScanBinary.run(["faces", photo.path, "--crops", crops.path, "--force"])
    #expect(forced.status == 0, "\(forced.standardError)")
    #expect(try Data(contentsOf: crop).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "replaced by the crop")

    try FileManager.default.removeItem(at: crop)
    try SpecialFiles.makeFIFO(at: crop)
    let fifoKind = try kind(crop)
    let refused = try SeamScanBinary.run(["faces", photo.path, "--crops", crops.path, "--force"], timeout: 120)
    expectRefusal(refused, saying: "never replaces")
    #expect(try kind(crop) == fifoKind, "the FIFO is still there")
  }
}
