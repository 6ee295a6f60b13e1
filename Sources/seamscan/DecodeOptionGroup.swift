import ArgumentParser
import SeamScanMedia
import SeamScanRecords

/// Which frames are decoded and at what size: shared by every command.
///
/// Numbers are parsed unconditionally, so `--start -1` is refused by its range
/// instead of being read as another flag.
struct DecodeOptionGroup: ParsableArguments {
  @Option(name: OptionTable.maxSide.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.maxSide.help))
  var maxSide = OptionTable.maxSide.defaultValue!

  @Option(name: OptionTable.start.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.start.help))
  var start: Double?

  @Option(name: OptionTable.duration.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.duration.help))
  var duration: Double?

  @Option(name: OptionTable.maxFrames.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.maxFrames.help))
  var maxFrames: Int?

  @Option(name: OptionTable.stride.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.stride.help))
  var stride = OptionTable.stride.defaultValue!

  @Option(name: OptionTable.maxPixels.flag, parsing: .unconditional, help: ArgumentHelp(OptionTable.maxPixels.help))
  var maxPixels = OptionTable.maxPixels.defaultValue!

  func validate() throws {
    try OptionTable.maxPixels.validate(maxPixels)
    try OptionTable.maxSide.validate(maxSide)
    try OptionTable.start.validate(start)
    try OptionTable.duration.validate(duration)
    try OptionTable.maxFrames.validate(maxFrames)
    try OptionTable.stride.validate(stride)
  }

  var options: DecodeOptions {
    DecodeOptions(
      maxSide: maxSide, start: start, duration: duration, maxFrames: maxFrames, stride: stride, maxPixels: maxPixels)
  }
}
