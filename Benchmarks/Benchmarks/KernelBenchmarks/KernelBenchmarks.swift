import Benchmark

// SeamScan's hot paths, one process per benchmark (package-benchmark's default).
// Models, fixtures and decoded frames are prepared in each benchmark's setup closure,
// so only the call named by the benchmark is measured.
let benchmarks: @Sendable () -> Void = {
  // Wall clock and CPU time (the cascade scan runs its pyramid levels in parallel, so CPU can
  // exceed wall), plus malloc counts from the interposer. Each benchmark wraps its measured work
  // in `measuringCPU`. Iteration limits keep the whole run to about two minutes on two shared cores.
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, KernelMetric.cpu, .mallocCountTotal],
    warmupIterations: 1,
    maxDuration: .seconds(4),
    maxIterations: 200)

  cascadeBenchmarks()
  landmarkBenchmarks()
  conversionBenchmarks()
  cueBenchmarks()
  networkBenchmarks()
}
