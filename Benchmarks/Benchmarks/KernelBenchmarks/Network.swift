import Benchmark
import Foundation
import SeamScanForensics
import SeamScanImaging
import SeamScanNetwork

/// One forward pass of a MesoNet-4-shaped network (27,881 parameters: four convolution blocks of
/// 8, 8, 16 and 16 channels with max pooling, then dense 1024 → 16 → 1 and a sigmoid) on a
/// 3×256×256 aligned-crop-sized input. Weights and pixels are fixed pseudo-random numbers: the
/// work does not depend on them.
func networkBenchmarks() {
  Benchmark("Network forward MesoNet-4 256px") { benchmark, state in
    try benchmark.measuringCPU {
      for _ in benchmark.scaledIterations {
        blackHole(try state.network.run(state.input))
      }
    }
  } setup: {
    try MesoNetState()
  }

  // What the scan runs per face it reads: the shipped weights on a 3×128×128 input.
  Benchmark("Network forward shipped face model") { benchmark, state in
    try benchmark.measuringCPU {
      for _ in benchmark.scaledIterations {
        blackHole(try state.network.run(state.input))
      }
    }
  } setup: {
    try ShippedNetworkState()
  }

  // The network's input: a 256-px aligned crop of a 640×360 analysis frame, luma from a 1280×720 detail plane.
  Benchmark("Network aligned crop 256px with detail luma") { benchmark, state in
    for _ in benchmark.scaledIterations {
      blackHole(AlignedCrop.sample(state.planes, detail: state.detail, alignment: state.alignment))
    }
  } setup: {
    CropState()
  }
}

struct ShippedNetworkState {
  let network: FaceNetwork
  let input: Tensor

  init() throws {
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/seamscan/Resources/face-network.seamnet")
    network = try FaceNetwork(contentsOf: file)
    var numbers = PseudoRandomFloats(seed: 17)
    input = Tensor(
      shape: network.input.shape, values: numbers.take(network.input.shape.count, scale: 128).map { $0 + 128 })
  }
}

struct CropState {
  let planes: FramePlanes
  let detail: GrayImage
  let alignment = FaceAlignment(toFrame: SimilarityTransform(a: 0.9, b: 0.2, translation: SIMD2(260, 90)))

  init() {
    var numbers = PseudoRandomFloats(seed: 18)
    func plane(_ width: Int, _ height: Int) -> GrayImage {
      GrayImage(width: width, height: height, pixels: numbers.take(width * height, scale: 127).map { UInt8($0 + 128) })
    }
    planes = FramePlanes(luma: plane(640, 360), cb: plane(640, 360), cr: plane(640, 360))
    detail = plane(1280, 720)
  }
}

struct MesoNetState {
  let network: FaceNetwork
  let input: Tensor

  init() throws {
    var numbers = PseudoRandomFloats(seed: 16)
    func convolution(_ inputs: Int, _ outputs: Int, kernel: Int) throws -> Layer {
      .convolution(
        try Convolution(
          inputChannels: inputs, outputChannels: outputs, kernelSize: kernel, padding: kernel / 2,
          weights: numbers.take(outputs * inputs * kernel * kernel, scale: 0.1), bias: numbers.take(outputs, scale: 0.1)
        ))
    }
    func dense(_ inputs: Int, _ outputs: Int) throws -> Layer {
      .dense(
        try Dense(
          inputFeatures: inputs, outputFeatures: outputs, weights: numbers.take(inputs * outputs, scale: 0.05),
          bias: numbers.take(outputs, scale: 0.1)))
    }
    let shape = TensorShape(channels: 3, height: 256, width: 256)
    network = try FaceNetwork(
      input: try InputNormalisation(shape: shape, mean: [128, 128, 128], standardDeviation: [64, 64, 64]),
      layers: [
        try convolution(3, 8, kernel: 3), .relu, .maxPool(try PoolingWindow(size: 2, stride: 2)),
        try convolution(8, 8, kernel: 5), .relu, .maxPool(try PoolingWindow(size: 2, stride: 2)),
        try convolution(8, 16, kernel: 5), .relu, .maxPool(try PoolingWindow(size: 2, stride: 2)),
        try convolution(16, 16, kernel: 5), .relu, .maxPool(try PoolingWindow(size: 4, stride: 4)),
        try dense(1024, 16), .relu, try dense(16, 1), .sigmoid,
      ])
    input = Tensor(shape: shape, values: numbers.take(shape.count, scale: 128).map { $0 + 128 })
  }
}

/// Uniform numbers in `-scale..<scale` from a fixed seed (SplitMix64).
struct PseudoRandomFloats {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func take(_ count: Int, scale: Float) -> [Float] {
    (0..<count).map { _ in (Float(next() >> 40) / Float(1 << 24) * 2 - 1) * scale }
  }

  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
