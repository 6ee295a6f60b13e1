import Benchmark
import Foundation
import SeamScanFaces
import SeamScanImaging

/// Files the benchmarks read: fixtures in the repository, models from Debian's packages.
enum Paths {
  /// The repository root: this file is Benchmarks/Benchmarks/KernelBenchmarks/Support.swift.
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let cascadeFixture = repository.appendingPathComponent(
    "Tests/FacesTests/Fixtures/cascade/astronaut_letterbox_640x360.pgm")
  static let landmarkFixtures = repository.appendingPathComponent("Tests/FacesTests/Fixtures/landmarks")
  static let sampleClip = repository.appendingPathComponent("SampleMedia/astronaut-pan.mp4").path

  static let haarcascades = URL(fileURLWithPath: "/usr/share/opencv4/haarcascades")
  static let frontalAlt2 = haarcascades.appendingPathComponent("haarcascade_frontalface_alt2.xml")
  static let frontalDefault = haarcascades.appendingPathComponent("haarcascade_frontalface_default.xml")
  static let profile = haarcascades.appendingPathComponent("haarcascade_profileface.xml")
  static let surveyLBP = URL(fileURLWithPath: "/usr/share/opencv4/lbpcascades/lbpcascade_frontalface.xml")
  static let landmarkModel = URL(fileURLWithPath: "/usr/share/dlib/shape_predictor_68_face_landmarks.dat")
}

/// The cascade settings of `seamscan scan` by default (--scale-factor 1.1 --min-neighbors 3 --min-face 30).
let scanCascadeParameters = CascadeClassifier.Parameters(scaleFactor: 1.1, minNeighbors: 3, minSize: (30, 30))

/// The face detector `seamscan scan` builds by default: frontal alt2, then profile and mirrored
/// profile; the frontal LBP cascade for surveys.
func makeDetector() throws -> FaceDetector {
  FaceDetector(
    frontal: try CascadeClassifier(contentsOf: Paths.frontalAlt2),
    profile: try CascadeClassifier(contentsOf: Paths.profile),
    surveying: try CascadeClassifier(contentsOf: Paths.surveyLBP),
    parameters: scanCascadeParameters)
}

struct BenchmarkSetupError: Error, CustomStringConvertible {
  var description: String
}

/// Reads a binary grey PGM (`P5`, maxval 255), as Tests/FacesTests/PGMFixture.swift does.
func readPGM(_ url: URL) throws -> GrayImage {
  let bytes = [UInt8](try Data(contentsOf: url))
  var header: [String] = []
  var index = 0
  func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
  while header.count < 4 {
    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "#") {
      while index < bytes.count, bytes[index] != 0x0A { index += 1 }
      continue
    }
    let start = index
    while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
    guard index > start else { throw BenchmarkSetupError(description: "\(url.lastPathComponent): truncated header") }
    header.append(String(decoding: bytes[start..<index], as: UTF8.self))
  }
  index += 1  // exactly one whitespace byte separates the header from the pixels
  guard header[0] == "P5", let width = Int(header[1]), let height = Int(header[2]), header[3] == "255",
    bytes.count - index == width * height
  else { throw BenchmarkSetupError(description: "\(url.lastPathComponent): not an 8-bit binary PGM") }
  return GrayImage(width: width, height: height, pixels: Array(bytes[index...]))
}

enum KernelMetric {
  /// CPU time of the whole process (every thread) in nanoseconds, from `CLOCK_PROCESS_CPUTIME_ID`.
  /// package-benchmark's own `cpuTotal` reads /proc in scheduler ticks (10 ms here), too coarse
  /// for iterations of a few milliseconds.
  static let cpu = BenchmarkMetric.custom(
    "CPU time, all threads (ns)", polarity: .prefersSmaller, useScalingFactor: true)
}

extension Benchmark {
  /// Runs `body`, recording its process CPU time as ``KernelMetric/cpu``.
  func measuringCPU<Result>(_ body: () throws -> Result) rethrows -> Result {
    let start = processCPUNanoseconds()
    defer { measurement(KernelMetric.cpu, processCPUNanoseconds() - start) }
    return try body()
  }
}

private func processCPUNanoseconds() -> Int {
  var now = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
  return Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
}
