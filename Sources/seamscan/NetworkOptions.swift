import ArgumentParser
import Foundation
import SeamScanAnalysis
import SeamScanRecords

/// The learned face model's options: how often it reads each track, and which weights.
struct NetworkOptions: ParsableArguments {
  @Option(
    name: OptionTable.networkEvery.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.networkEvery.help))
  var networkEvery = OptionTable.networkEvery.defaultValue!

  @Option(
    name: .customLong("face-network"),
    help: ArgumentHelp(
      "A face network weights file (.seamnet) instead of the one shipped with SeamScan; its SHA-256 goes in the records.",
      valueName: "file"))
  var faceNetwork: String?

  func validate() throws {
    try OptionTable.networkEvery.validate(networkEvery)
  }

  /// The network to run, or nil with `--network-every 0`.
  func load() throws -> FaceNetworkKit? {
    guard networkEvery > 0 else { return nil }
    let file = try faceNetwork.map { URL(fileURLWithPath: $0) } ?? Self.shipped()
    return try FaceNetworkKit(file: file, every: networkEvery)
  }

  /// The weights `Scripts/train-face-model.py` trained, which the build puts in the resource folder beside the binary.
  static func shipped() throws -> URL {
    guard let url = Bundle.module.url(forResource: "face-network", withExtension: "seamnet") else {
      throw ValidationError("the shipped face network is missing from \(Bundle.module.bundlePath); give --face-network")
    }
    return url
  }
}
