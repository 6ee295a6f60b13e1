import Testing

@testable import SeamScanRecords

/// Every key of a video record's `options` is in the option table, either with the flag that
/// sets it or as fixed by the tool version, and the arguments the table gives repeat the options.
@Suite struct OptionTableTests {
  static let mode = ScoringModeOptions(
    model: "m", noEvidenceBelow: 0.4, likelyManipulatedFrom: 0.7, minimumFrames: 5, requiredConfirmations: 2,
    fusion: FusionOptions(version: "f", bias: 0.1, cueWeight: 0.5, networkWeight: 0.25))

  /// Every group on: an option added to `ScanOptions` appears in its encoding.
  static let everything = ScanOptions(
    maxSide: 480, detailMaxSide: 2160, start: 0.5, duration: 2.25, maxFrames: 10, stride: 2, landmarks: true,
    cues: true,
    faces: FaceFindingOptions(
      frontalCascade: "f", profileCascade: "p", surveyCascade: "s", scaleFactor: 1.2, minNeighbors: 2, minFace: 40,
      detectSide: 320, detectEvery: 10, confirmEvery: 4, maxUnconfirmedFrames: 48, sceneCutThreshold: 22,
      decisionFrames: 4, lostSearchFrames: 4, appearanceFailureLimit: 6, minimumEyeContrast: 0.05,
      openingScans: [1, 2, 4], uprightRollLimit: 15, rollSearchAngles: [-30, 30]),
    scoring: ScoringOptions(
      cues: "c", video: mode, still: mode, aggregation: .mean, minimumConfidence: 0.3,
      network: .on(NetworkOptions(every: 2, inputSide: 128))))

  /// The dotted keys of every value that is not an object.
  static func leafKeys(_ value: JSONValue, prefix: String = "") -> [String] {
    guard case .object(let object) = value else { return [prefix] }
    return object.entries.flatMap { leafKeys($0.value, prefix: prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
  }

  static let tableKeys = OptionTable.rows.compactMap(\.recordKey) + OptionTable.fixedKeys

  static func isCovered(_ key: String) -> Bool {
    tableKeys.contains { key == $0 || key.hasPrefix($0 + ".") }
  }

  @Test func everyRecordedOptionHasAFlagOrIsFixed() throws {
    let keys = Self.leafKeys(try RecordEncoder.encode(Self.everything))
    #expect(keys.count > 30)
    for key in keys { #expect(Self.isCovered(key), "options.\(key) has no flag and is not listed as fixed") }
    // Nothing in the table that the record does not hold, and no key both set by a flag and fixed.
    for key in Self.tableKeys { #expect(keys.contains { $0 == key || $0.hasPrefix(key + ".") }, "\(key)") }
    #expect(Set(Self.tableKeys).count == Self.tableKeys.count)
  }

  @Test func argumentsGiveEveryFlaggedValue() {
    #expect(
      OptionTable.arguments(reproducing: Self.everything) == [
        "--max-side", "480", "--start", "0.5", "--duration", "2.25", "--max-frames", "10", "--stride", "2",
        "--landmarks", "--min-face", "40", "--min-neighbors", "2", "--scale-factor", "1.2", "--detect-side", "320",
        "--detect-every", "10", "--confirm-every", "4", "--network-every", "2",
      ])
  }

  @Test func switchedOffGroupsGiveTheirFlags() {
    var options = Self.everything
    options.scoring = .on(
      ScoringOptions(
        cues: "c", video: Self.mode, still: Self.mode, aggregation: .mean, minimumConfidence: 0.3, network: .off))
    #expect(OptionTable.arguments(reproducing: options).suffix(2) == ["--network-every", "0"])

    options.cues = false
    options.scoring = .off
    let noScore = OptionTable.arguments(reproducing: options)
    #expect(noScore.contains("--no-score"))
    #expect(!noScore.contains("--network-every"))

    options.faces = .off
    options.landmarks = false
    options.start = nil
    options.duration = nil
    options.maxFrames = nil
    #expect(
      OptionTable.arguments(reproducing: options) == ["--max-side", "480", "--stride", "2", "--no-faces", "--no-score"])
  }

  @Test func valuesOutsideTheRangeAreRefused() {
    #expect(OptionTable.maxSide.problem(with: 0) == nil)
    #expect(OptionTable.maxSide.problem(with: 31) == "--max-side must be 0 or at least 32")
    #expect(OptionTable.scaleFactor.problem(with: 1) == "--scale-factor must be more than 1.0")
    #expect(OptionTable.duration.problem(with: .infinity) != nil)
    #expect(OptionTable.start.problem(with: nil) == nil)
  }
}
