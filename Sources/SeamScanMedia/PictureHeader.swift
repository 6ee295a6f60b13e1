/// A still picture's size and decoded memory, read from its header before anything is decoded.
///
/// FFmpeg's stream probe decodes a whole picture to learn its size (a 16000×16000 PNG takes
/// 768 MB there); reading PNG's IHDR and JPEG's frame header instead refuses an oversized
/// still with its real size and without allocating it.
struct PictureHeader: Equatable {
  var width: Int
  var height: Int
  /// Bytes of the picture as FFmpeg's decoder delivers it.
  var bytes: Int
  /// That pixel format's name, for messages.
  var format: String

  static func read(_ file: EvidenceFile) -> PictureHeader? {
    let head = file.read(at: 0, count: 32)
    if head.count >= 26, head[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
      head[12..<16].elementsEqual("IHDR".utf8)
    {
      return png(head)
    }
    if head.count >= 4, head[0] == 0xFF, head[1] == 0xD8 { return jpeg(file) }
    return nil
  }

  /// PNG: width, height, bit depth and colour type; FFmpeg decodes to gray8/16, ya8/16, rgb24/48, rgba/rgba64, pal8.
  private static func png(_ head: [UInt8]) -> PictureHeader? {
    let width = head[16..<20].reduce(0) { $0 << 8 | Int($1) }
    let height = head[20..<24].reduce(0) { $0 << 8 | Int($1) }
    let wide = head[24] == 16
    let (channels, name): (Int, String) =
      switch head[25] {
      case 0: (1, wide ? "gray16" : "gray")
      case 2: (3, wide ? "rgb48" : "rgb24")
      case 3: (1, "pal8")
      case 4: (2, wide ? "ya16" : "ya8")
      case 6: (4, wide ? "rgba64" : "rgba")
      default: (0, "")
      }
    guard channels > 0, width > 0, height > 0 else { return nil }
    let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
    guard !overflow else { return nil }
    return PictureHeader(
      width: width, height: height,
      bytes: pixels.multipliedReportingOverflow(by: channels * (wide ? 2 : 1)).partialValue,
      format: name)
  }

  /// JPEG: the first frame header (SOFn) gives the size, precision and each component's sampling.
  private static func jpeg(_ file: EvidenceFile) -> PictureHeader? {
    var position = 2
    // Markers before the frame header (EXIF, ICC, tables) rarely reach far; give up after 1 MB.
    while position < min(file.size, 1 << 20) {
      let marker = file.read(at: position, count: 4)
      guard marker.count == 4, marker[0] == 0xFF else { return nil }
      if marker[1] == 0xFF {
        position += 1
        continue
      }
      let length = Int(marker[2]) << 8 | Int(marker[3])
      if [0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF].contains(marker[1]) {
        let frame = file.read(at: position + 4, count: 6 + 3 * 4)
        guard frame.count >= 6 else { return nil }
        let precision = Int(frame[0])
        let height = Int(frame[1]) << 8 | Int(frame[2])
        let width = Int(frame[3]) << 8 | Int(frame[4])
        let components = Int(frame[5])
        guard width > 0, height > 0, (1...4).contains(components), frame.count >= 6 + 3 * components else {
          return nil
        }
        // Each component's share of the picture's samples, at one or two bytes each.
        var factors: [(h: Int, v: Int)] = []
        for component in 0..<components {
          let byte = frame[7 + 3 * component]
          factors.append((h: max(1, Int(byte >> 4)), v: max(1, Int(byte & 15))))
        }
        let maxH = factors.map { $0.h }.max() ?? 1
        let maxV = factors.map { $0.v }.max() ?? 1
        var samples = 0.0
        for factor in factors { samples += Double(factor.h * factor.v) / Double(maxH * maxV) }
        let bytes: Double = Double(width * height) * samples * (precision > 8 ? 2.0 : 1.0)
        return PictureHeader(
          width: width, height: height, bytes: Int(bytes.rounded(.up)),
          format: components == 1 ? "gray" : "\(components)-component JPEG")
      }
      // Markers without a length: restarts and the start of image.
      position += (0xD0...0xD8).contains(marker[1]) || marker[1] == 0x01 ? 2 : 2 + length
    }
    return nil
  }
}
