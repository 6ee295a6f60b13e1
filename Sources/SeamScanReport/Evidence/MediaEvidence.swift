import Foundation
import SeamScanFiles
import SeamScanImaging
import SeamScanMedia
import SeamScanRecords

/// What became of the original media when the report went back to it.
enum MediaCheck: Equatable {
  /// The file has the SHA-256 it was scanned with: pictures may be taken from it.
  case matches
  /// The file at the path now has another SHA-256: no picture is taken from it.
  case changed(now: String)
  /// The file cannot be opened (moved, deleted, no permission).
  case unreadable(path: String)
  /// The input was read from standard input: there is no file to open again, nothing is checked.
  case standardInput

  var matches: Bool { self == .matches }
  /// The file changed or went away since the scan: the analyst is warned.
  var isProblem: Bool {
    switch self {
    case .changed, .unreadable: return true
    case .matches, .standardInput: return false
    }
  }
}

/// Opens evidence read-only, and only after checking its SHA-256 against the records.
struct MediaEvidence {
  /// Relative paths in the records are resolved against this folder: where the scan ran.
  let root: BytePath
  /// Pictures with more pixels are refused, as `seamscan scan --max-pixels` refuses them.
  let maxPixels: Int

  init(root: BytePath, maxPixels: Int = DecodeOptions.defaultMaxPixels) {
    self.root = root
    self.maxPixels = maxPixels
  }

  /// Where the file the records name is now: by its exact bytes, never by their escaped display.
  func location(of path: RecordedPath) -> BytePath {
    path.bytes.first == UInt8(ascii: "/") ? BytePath(bytes: path.bytes) : root.appending(path.bytes)
  }

  /// Opens the file and hashes it; the open file is kept only when it still has its recorded
  /// SHA-256, so the pictures are decoded from the very bytes that were checked.
  func open(_ video: VideoRecord) -> (check: MediaCheck, file: EvidenceFile?) {
    let path = RecordedPath(path: video.path, hex: video.pathHex)
    guard !path.isStandardInput else { return (.standardInput, nil) }
    let location = location(of: path)
    guard let file = try? EvidenceFile(opening: location), let digest = file.digest() else {
      return (.unreadable(path: location.display), nil)
    }
    return digest.sha256 == video.sha256 ? (.matches, file) : (.changed(now: digest.sha256), nil)
  }

  /// The frames `indices` at full resolution, upright, in display pixels, keyed by frame index.
  /// A frame whose timestamp differs from its record is left out: no picture rather than a wrong one.
  /// A file that cannot be decoded again (a picture over `maxPixels`) gives none, and the reason.
  func frames(_ wanted: [FrameRecord], of video: VideoRecord, in file: EvidenceFile) -> (
    pictures: [Int: FramePlanes], refusal: MediaError?
  ) {
    guard let last = wanted.map(\.frame).max() else { return ([:], nil) }
    let byIndex = Dictionary(wanted.map { ($0.frame, $0) }, uniquingKeysWith: { first, _ in first })
    let options = video.options
    let decode = DecodeOptions(
      maxSide: 0, start: options.start, duration: options.duration, maxFrames: last + 1, stride: 1,
      maxPixels: maxPixels)
    let reader: MediaReader
    do {
      reader = try MediaReader(file: file, options: decode)
    } catch {
      return ([:], error as? MediaError ?? .decoderFailed(path: file.path.display, detail: "\(error)"))
    }
    var found: [Int: FramePlanes] = [:]
    while let frame = reader.nextFrame() {
      if let record = byIndex[frame.index], abs(record.ptsTime - frame.ptsTime) < 0.0005,
        let planes = frame.planes(), planes.width == video.displayWidth, planes.height == video.displayHeight
      {
        found[frame.index] = planes
      }
      if frame.index >= last { break }
    }
    return (found, nil)
  }
}

/// Pictures of a frame, encoded with FFmpeg's own encoders.
enum EvidencePicture {
  /// The whole frame as JPEG, for context.
  static func wholeFrame(_ planes: FramePlanes) -> DataURI? {
    (try? JPEGEncoder.encode(planes, quality: 3)).map { DataURI(.jpeg, $0) }
  }

  /// Part of the frame as lossless PNG: the pixels evidence is read from are never recompressed.
  static func losslessCrop(_ planes: FramePlanes, _ rect: PixelRect) -> DataURI? {
    guard let cropped = crop(planes, rect) else { return nil }
    return (try? PNGEncoder.encode(RGBImage(cropped))).map { DataURI(.png, $0) }
  }

  /// Part of the frame as JPEG: thumbnails.
  static func thumbnail(_ planes: FramePlanes, _ rect: PixelRect) -> DataURI? {
    guard let cropped = crop(planes, rect) else { return nil }
    return (try? JPEGEncoder.encode(cropped, quality: 4)).map { DataURI(.jpeg, $0) }
  }

  static func crop(_ planes: FramePlanes, _ rect: PixelRect) -> FramePlanes? {
    guard let inside = rect.intersection(PixelRect(x: 0, y: 0, width: planes.width, height: planes.height)),
      !inside.isEmpty
    else { return nil }
    return FramePlanes(
      luma: planes.luma.cropped(to: inside), cb: planes.cb.cropped(to: inside), cr: planes.cr.cropped(to: inside))
  }
}
