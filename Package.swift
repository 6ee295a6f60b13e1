// swift-tools-version:6.0
import PackageDescription

// The end-to-end tests run the debug binary; unoptimised model parsing, cascade scans and cue
// measurement are 20-50 times slower, so these modules are optimised in debug builds too.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

// Modules in the order data flows; each depends only on modules above it.
let package = Package(
  name: "SeamScan",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "seamscan", targets: ["seamscan"]),
    // For the benchmark package in Benchmarks/.
    .library(
      name: "SeamScanKernels",
      targets: ["SeamScanImaging", "SeamScanMedia", "SeamScanFaces", "SeamScanForensics", "SeamScanNetwork"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    // Paths as bytes and every POSIX file call: the one atomic write, locks, the folder walk, reading.
    .target(name: "SeamScanFiles"),
    // The record contract: typed, versioned records, their vocabulary and JSON Schema, the deterministic JSON
    // writer, the output folder's layout and summary.csv, and the option table.
    .target(name: "SeamScanRecords", dependencies: ["SeamScanFiles"]),
    // Image planes and the geometry every later stage shares.
    .target(name: "SeamScanImaging", swiftSettings: optimisedInDebug),
    // Concurrent maps that keep results in input order, and the thread limit of `--threads`.
    .target(name: "SeamScanConcurrency"),
    // C headers of Debian's FFmpeg 5.1, plus a shim for the macros Swift cannot import.
    .systemLibrary(
      name: "CFFmpeg",
      pkgConfig: "libavformat",
      providers: [.apt(["libavformat-dev", "libavcodec-dev", "libswscale-dev", "libavutil-dev"])]
    ),
    // FFmpeg, the only C library besides the file calls: probing, decoding and encoding media.
    // Evidence files are hashed here too, as they are read.
    .target(
      name: "SeamScanMedia",
      dependencies: [
        "CFFmpeg", "SeamScanFiles", "SeamScanImaging", "SeamScanConcurrency", "SeamScanRecords",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // OpenCV cascades, dlib 68-point landmarks and face tracks, in pure Swift.
    .target(
      name: "SeamScanFaces", dependencies: ["SeamScanImaging", "SeamScanConcurrency", "SeamScanRecords"],
      swiftSettings: optimisedInDebug),
    // Cues around each tracked face, and the scorer that combines them.
    .target(
      name: "SeamScanForensics", dependencies: ["SeamScanImaging", "SeamScanRecords"], swiftSettings: optimisedInDebug),
    // A small CNN over face crops, run in Swift on contiguous buffers; weights from a versioned file.
    // Depends on nothing; the scan runs it through SeamScanAnalysis' FaceNetworkKit.
    .target(name: "SeamScanNetwork", swiftSettings: optimisedInDebug),
    // Known fakes: self-blends and generator emulation, stills and videos.
    .target(
      name: "SeamScanSynthesis",
      dependencies: [
        "SeamScanFiles", "SeamScanImaging", "SeamScanRecords", "SeamScanMedia", "SeamScanFaces", "SeamScanForensics",
      ],
      swiftSettings: optimisedInDebug),
    // The frame pipeline: one scheduler running the face, cue-and-score and verdict stages.
    .target(
      name: "SeamScanAnalysis",
      dependencies: [
        "SeamScanFiles", "SeamScanImaging", "SeamScanConcurrency", "SeamScanRecords", "SeamScanMedia", "SeamScanFaces",
        "SeamScanForensics", "SeamScanNetwork",
      ]),
    // Batches: inputs, output folders, resume, progress.
    .target(
      name: "SeamScanBatch",
      dependencies: [
        "SeamScanFiles", "SeamScanRecords", "SeamScanConcurrency", "SeamScanMedia", "SeamScanAnalysis",
      ]),
    // The analyst's HTML report, from the records of a scan folder; evidence frames from the media.
    .target(
      name: "SeamScanReport",
      dependencies: [
        "SeamScanFiles", "SeamScanRecords", "SeamScanImaging", "SeamScanMedia", "SeamScanForensics",
        .product(name: "Mustache", package: "swift-mustache"), .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // Commands only.
    .executableTarget(
      name: "seamscan",
      dependencies: [
        "SeamScanFiles", "SeamScanRecords", "SeamScanMedia", "SeamScanFaces", "SeamScanSynthesis", "SeamScanAnalysis",
        "SeamScanBatch", "SeamScanReport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [.copy("Resources/face-network.seamnet")]),

    // Helpers shared by the test targets: generating media with the ffmpeg tool, running the binary.
    .target(name: "SeamScanTestSupport", dependencies: ["SeamScanRecords"], path: "Tests/TestSupport"),
    // A scripted world of square faces, a detector and a landmark model for it: tracking without the real models.
    .target(
      name: "SeamScanFacesTestSupport", dependencies: ["SeamScanFaces", "SeamScanImaging"],
      path: "Tests/FacesTestSupport"),
    .testTarget(name: "FilesTests", dependencies: ["SeamScanFiles"]),
    .testTarget(name: "RecordsTests", dependencies: ["SeamScanRecords", "SeamScanFiles"]),
    .testTarget(name: "ImagingTests", dependencies: ["SeamScanImaging"]),
    .testTarget(name: "ConcurrencyTests", dependencies: ["SeamScanConcurrency"]),
    .testTarget(name: "MediaTests", dependencies: ["SeamScanMedia", "SeamScanImaging", "SeamScanTestSupport"]),
    .testTarget(
      name: "FacesTests",
      dependencies: ["SeamScanFaces", "SeamScanImaging", "SeamScanRecords", "SeamScanFacesTestSupport"],
      resources: [.copy("Fixtures")]),
    // Cues are tested on synthetic heads with known fakes pasted in, so synthesis is tested here too.
    .testTarget(
      name: "ForensicsTests",
      dependencies: ["SeamScanForensics", "SeamScanSynthesis", "SeamScanImaging", "SeamScanRecords"]),
    .testTarget(name: "NetworkTests", dependencies: ["SeamScanNetwork"], resources: [.copy("Fixtures")]),
    .testTarget(name: "BatchTests", dependencies: ["SeamScanBatch", "SeamScanRecords", "SeamScanFiles"]),
    .testTarget(
      name: "AnalysisTests",
      dependencies: [
        "SeamScanAnalysis", "SeamScanImaging", "SeamScanNetwork", "SeamScanFaces", "SeamScanForensics",
        "SeamScanMedia", "SeamScanRecords", "SeamScanFacesTestSupport",
      ]),
    .testTarget(
      name: "ReportTests",
      dependencies: [
        "SeamScanReport", "SeamScanFiles", "SeamScanRecords", "SeamScanForensics", "SeamScanMedia",
        "SeamScanTestSupport",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .testTarget(name: "EndToEndTests", dependencies: ["seamscan", "SeamScanTestSupport", "SeamScanRecords"]),
  ]
)
