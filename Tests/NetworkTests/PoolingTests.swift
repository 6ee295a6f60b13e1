import SeamScanNetwork
import Testing

/// Max, average and global average pooling on tensors small enough to check by hand.
@Suite struct PoolingTests {
  let plane = TensorShape(channels: 1, height: 4, width: 4)
  let zeroToFifteen = (0..<16).map(Float.init)

  @Test func maxPoolTakesEachWindowsLargest() throws {
    let output = try runLayer(.maxPool(try PoolingWindow(size: 2, stride: 2)), on: plane, zeroToFifteen)
    #expect(output.shape == TensorShape(channels: 1, height: 2, width: 2))
    #expect(output.values == [5, 7, 13, 15])
  }

  @Test func maxPoolOfNegativeValues() throws {
    let output = try runLayer(
      .maxPool(try PoolingWindow(size: 2, stride: 2)), on: plane, zeroToFifteen.map { -1 - $0 })
    #expect(output.values == [-1, -3, -9, -11])
  }

  @Test func averagePoolTakesEachWindowsMean() throws {
    let output = try runLayer(.averagePool(try PoolingWindow(size: 2, stride: 2)), on: plane, zeroToFifteen)
    #expect(output.values == [2.5, 4.5, 10.5, 12.5])
  }

  @Test func aWindowThatRunsOffTheEdgeIsDropped() throws {
    // (4 - 3) / 2 + 1 = 1 window, over rows and columns 0–2, as PyTorch with ceil_mode=False.
    let output = try runLayer(.averagePool(try PoolingWindow(size: 3, stride: 2)), on: plane, zeroToFifteen)
    #expect(output.shape == TensorShape(channels: 1, height: 1, width: 1))
    #expect(output.values == [5])
  }

  @Test func globalAveragePoolTakesEachChannelsMean() throws {
    let output = try runLayer(
      .globalAveragePool, on: TensorShape(channels: 2, height: 2, width: 2), [1, 2, 3, 4, -1, -1, -1, -1])
    #expect(output.shape == TensorShape(channels: 2, height: 1, width: 1))
    #expect(output.values == [2.5, -1])
  }
}
