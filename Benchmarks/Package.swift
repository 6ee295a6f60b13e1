// swift-tools-version:6.1
import PackageDescription

// Benchmarks of SeamScan's hot paths, kept out of the root package so that its
// build and tests never fetch or compile the benchmark tooling.
// Run from the repository root: Scripts/bench-kernels (or `swift package --package-path Benchmarks benchmark`).
let package = Package(
  name: "SeamScanBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    // `name:` keeps the product reference below independent of the checkout's folder name.
    .package(name: "SeamScan", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "KernelBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "SeamScanKernels", package: "SeamScan"),
      ],
      path: "Benchmarks/KernelBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ]
)
