import Benchmark
import SeamScanImaging
import SeamScanMedia

/// Decoding SampleMedia/astronaut-pan.mp4 (640×360 H.264, 100 frames) and converting its frames to
/// analysis planes. One iteration is the whole clip, which evens out FFmpeg's frame-threaded
/// decoder (a single frame may come back at once or after several packets); divide by 100 for the
/// cost per frame. "Decode" and "decode+convert" differ by the conversion; "convert" measures it
/// alone on frames decoded in setup. Opening the file is not measured.
///
/// At the default --max-side 640 the clip is already analysis size, so `detailLuma()` is nil and
/// `planes()` only changes the pixel layout; at --max-side 320 the planes are scaled and
/// `detailLuma()` copies the native luma, as on larger videos.
func conversionBenchmarks() {
  Benchmark("Decode clip (100 frames)") { benchmark, clip in
    let reader = clip.open()
    benchmark.startMeasurement()
    benchmark.measuringCPU {
      while let frame = reader.nextFrame() { blackHole(frame) }
    }
    benchmark.stopMeasurement()  // before the reader closes
  } setup: {
    try Clip(options: DecodeOptions())
  }

  for maxSide in [640, 320] {
    Benchmark("Decode+convert clip (100 frames) max-side \(maxSide)") { benchmark, clip in
      let reader = clip.open()
      benchmark.startMeasurement()
      benchmark.measuringCPU {
        while let frame = reader.nextFrame() {
          blackHole(frame.planes())
          blackHole(frame.detailLuma())
        }
      }
      benchmark.stopMeasurement()  // before the reader closes
    } setup: {
      try Clip(options: DecodeOptions(maxSide: maxSide))
    }

    Benchmark("Convert clip (100 frames) max-side \(maxSide)") { benchmark, frames in
      benchmark.measuringCPU {
        for frame in frames {
          blackHole(frame.planes())
          blackHole(frame.detailLuma())
        }
      }
    } setup: {
      try Clip(options: DecodeOptions(maxSide: maxSide)).decodeAll()
    }
  }
}

/// The sample clip, checked in setup to open and to hold the 100 frames the benchmark names promise.
struct Clip {
  static let frameCount = 100
  let options: DecodeOptions

  init(options: DecodeOptions) throws {
    self.options = options
    let count = try decodeAll().count
    guard count == Self.frameCount else {
      throw BenchmarkSetupError(description: "\(Paths.sampleClip): \(count) frames, not \(Self.frameCount)")
    }
  }

  /// A fresh reader; the file opened in setup, so it opens again.
  func open() -> MediaReader {
    try! MediaReader(path: Paths.sampleClip, options: options)
  }

  /// Every frame, still in the decoder's pixel format.
  func decodeAll() throws -> [DecodedFrame] {
    let reader = try MediaReader(path: Paths.sampleClip, options: options)
    var frames: [DecodedFrame] = []
    while let frame = reader.nextFrame() { frames.append(frame) }
    return frames
  }
}
