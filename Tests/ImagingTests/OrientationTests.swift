import SeamScanImaging
import XCTest

final class OrientationTests: XCTestCase {
  /// 3×2 image with distinct pixels:  1 2 3 / 4 5 6
  private let image = GrayImage(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6])

  func testQuarterTurnClockwise() {
    let turned = image.oriented(Orientation(clockwiseQuarterTurns: 1))
    XCTAssertEqual(turned.width, 2)
    XCTAssertEqual(turned.pixels, [4, 1, 5, 2, 6, 3])
  }

  func testHalfTurnAndThreeQuarterTurn() {
    XCTAssertEqual(image.oriented(Orientation(clockwiseQuarterTurns: 2)).pixels, [6, 5, 4, 3, 2, 1])
    XCTAssertEqual(image.oriented(Orientation(clockwiseQuarterTurns: 3)).pixels, [3, 6, 2, 5, 1, 4])
  }

  func testTransposeIsCounterClockwiseTurnWithVerticalFlip() {
    let transposed = image.oriented(Orientation(clockwiseQuarterTurns: 3, flipVertical: true))
    XCTAssertEqual(transposed.pixels, [1, 4, 2, 5, 3, 6])
  }

  func testMirror() {
    XCTAssertEqual(image.mirrored().pixels, [3, 2, 1, 6, 5, 4])
  }

  func testCrop() {
    let crop = image.cropped(to: PixelRect(x: 1, y: 0, width: 2, height: 2))
    XCTAssertEqual(crop.width, 2)
    XCTAssertEqual(crop.pixels, [2, 3, 5, 6])
  }
}

final class IntegralImageTests: XCTestCase {
  func testBoxSumsMatchDirectSums() {
    var generator = 12345 as UInt64
    let pixels = (0..<(17 * 11)).map { _ -> UInt8 in
      generator = generator &* 6364136223846793005 &+ 1442695040888963407
      return UInt8(truncatingIfNeeded: generator >> 56)
    }
    let image = GrayImage(width: 17, height: 11, pixels: pixels)
    let integral = IntegralImage(image)
    for (x, y, w, h) in [(0, 0, 17, 11), (3, 2, 5, 4), (16, 10, 1, 1), (4, 0, 9, 11)] {
      var sum = 0, squares = 0
      for yy in y..<(y + h) {
        for xx in x..<(x + w) {
          let v = Int(image[xx, yy])
          sum += v
          squares += v * v
        }
      }
      XCTAssertEqual(integral.boxSum(x: x, y: y, width: w, height: h), sum)
      XCTAssertEqual(integral.boxSquaredSum(x: x, y: y, width: w, height: h), squares)
    }
  }

  func testAnalysisSizeKeepsAspect() {
    XCTAssertTrue(analysisSize(width: 1920, height: 1080, maxSide: 640) == (640, 360))
    XCTAssertTrue(analysisSize(width: 320, height: 240, maxSide: 640) == (320, 240))
    XCTAssertTrue(analysisSize(width: 1080, height: 1920, maxSide: 640) == (360, 640))
  }
}
