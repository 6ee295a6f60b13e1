import SeamScanImaging
import Testing

@Suite struct IntegralImageTests {
  @Test func boxSumsMatchDirectSums() {
    var generator = 12345 as UInt64
    let pixels = (0..<(17 * 11)).map { _ -> UInt8 in
      generator = generator &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: generator >> 56)
    }
    let image = GrayImage(width: 17, height: 11, pixels: pixels)
    let integral = IntegralImage(image)
    for (x, y, w, h) in [(0, 0, 17, 11), (3, 2, 5, 4), (16, 10, 1, 1), (4, 0, 9, 11)] {
      var sum = 0
      var squares = 0
      for yy in y..<(y + h) {
        for xx in x..<(x + w) {
          let v = Int(image[xx, yy])
          sum += v
          squares += v * v
        }
      }
      #expect(integral.boxSum(x: x, y: y, width: w, height: h) == sum)
      #expect(integral.boxSquaredSum(x: x, y: y, width: w, height: h) == squares)
    }
  }

  @Test func analysisSizeKeepsAspect() {
    #expect(analysisSize(width: 1920, height: 1080, maxSide: 640) == (width: 640, height: 360))
    #expect(analysisSize(width: 320, height: 240, maxSide: 640) == (width: 320, height: 240))
    #expect(analysisSize(width: 1080, height: 1920, maxSide: 640) == (width: 360, height: 640))
  }
}
