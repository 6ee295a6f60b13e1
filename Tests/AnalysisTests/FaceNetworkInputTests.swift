import SeamScanImaging
import SeamScanNetwork
import Testing

@testable import SeamScanAnalysis

@Suite struct FaceNetworkInputTests {
  @Test func boxAveragingMatchesTheTrainingScriptsBlockMeans() {
    // An 8×8 RGB picture whose values encode channel, row and column; a 4×4 input averages 2×2 blocks.
    let side = 8
    let pixels = (0..<(side * side * 3)).map { index -> UInt8 in
      let channel = index % 3
      let pixel = index / 3
      return UInt8((pixel / side) * 10 + (pixel % side) * 3 + channel * 60)
    }
    let tensor = FaceNetworkKit.boxAveraged(RGBImage(width: side, height: side, pixels: pixels), side: 4)
    #expect(tensor.shape == TensorShape(channels: 3, height: 4, width: 4))
    for channel in 0..<3 {
      for row in 0..<4 {
        for column in 0..<4 {
          // mean of rows 2r, 2r+1 and columns 2c, 2c+1: 10·(2r + 0.5) + 3·(2c + 0.5) + 60·channel
          let rows = Float(20 * row + 5)
          let columns = Float(6 * column) + 1.5
          let expected = rows + columns + Float(60 * channel)
          #expect(tensor.values[(channel * 4 + row) * 4 + column] == expected)
        }
      }
    }
  }
}
