// swift-tools-version:6.0
import PackageDescription

let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
  name: "SeamScan",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "seamscan", targets: ["seamscan"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // C headers of Debian's FFmpeg 5.1, plus a shim for the macros Swift cannot import.
    .systemLibrary(
      name: "CFFmpeg",
      pkgConfig: "libavformat",
      providers: [.apt(["libavformat-dev", "libavcodec-dev", "libswscale-dev", "libavutil-dev"])]
    ),
    // Pure-Swift image planes and the primitives every later stage shares.
    .target(name: "SeamScanImaging"),
    // The only module that touches C pointers: opening, probing and decoding media.
    .target(name: "SeamScanMedia", dependencies: ["CFFmpeg", "SeamScanImaging"]),
    // Face detection (OpenCV cascades), dlib 68-point landmarks and tracking, in pure Swift.
    // Optimised even in debug builds: the end-to-end tests run the debug binary, and
    // unoptimised model parsing and cascade scans are 20-50 times slower.
    .target(name: "SeamScanFaces", dependencies: ["SeamScanImaging"], swiftSettings: optimisedInDebug),
    // Seam and flicker cues around each tracked face, and the scorer that combines them.
    .target(name: "SeamScanForensics", dependencies: ["SeamScanImaging"], swiftSettings: optimisedInDebug),
    // Ordered concurrent pipeline, record contract, batch runner and output files.
    .target(
      name: "SeamScanPipeline",
      dependencies: [
        "SeamScanMedia", "SeamScanImaging", "SeamScanFaces", "SeamScanForensics",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "seamscan",
      dependencies: [
        "SeamScanPipeline", "SeamScanMedia", "SeamScanFaces",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Helpers shared by the test targets: generating media with the ffmpeg tool, running the binary.
    .target(name: "SeamScanTestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "ImagingTests", dependencies: ["SeamScanImaging"]),
    .testTarget(name: "MediaTests", dependencies: ["SeamScanMedia", "SeamScanImaging", "SeamScanTestSupport"]),
    .testTarget(
      name: "FacesTests", dependencies: ["SeamScanFaces", "SeamScanImaging"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "ForensicsTests", dependencies: ["SeamScanForensics", "SeamScanImaging"]),
    .testTarget(name: "PipelineTests", dependencies: ["SeamScanPipeline", "SeamScanImaging"]),
    .testTarget(name: "EndToEndTests", dependencies: ["seamscan", "SeamScanTestSupport"]),
  ]
)
