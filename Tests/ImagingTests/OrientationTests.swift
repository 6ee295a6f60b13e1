import SeamScanImaging
import Testing

@Suite struct OrientationTests {
  /// 3×2 image with distinct pixels:  1 2 3 / 4 5 6
  private let image = GrayImage(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6])

  @Test("A quarter turn clockwise swaps the sides and moves the pixels")
  func quarterTurnClockwise() {
    let turned = image.oriented(Orientation(clockwiseQuarterTurns: 1))
    #expect(turned.width == 2)
    #expect(turned.pixels == [4, 1, 5, 2, 6, 3])
  }

  @Test("Half and three-quarter turns move the pixels")
  func halfTurnAndThreeQuarterTurn() {
    #expect(image.oriented(Orientation(clockwiseQuarterTurns: 2)).pixels == [6, 5, 4, 3, 2, 1])
    #expect(image.oriented(Orientation(clockwiseQuarterTurns: 3)).pixels == [3, 6, 2, 5, 1, 4])
  }

  @Test func transposeIsCounterClockwiseTurnWithVerticalFlip() {
    let transposed = image.oriented(Orientation(clockwiseQuarterTurns: 3, flipVertical: true))
    #expect(transposed.pixels == [1, 4, 2, 5, 3, 6])
  }

  @Test("Mirroring reverses each row")
  func mirror() {
    #expect(image.mirrored().pixels == [3, 2, 1, 6, 5, 4])
  }

  @Test("Cropping keeps the pixels inside the rectangle")
  func crop() {
    let crop = image.cropped(to: PixelRect(x: 1, y: 0, width: 2, height: 2))
    #expect(crop.width == 2)
    #expect(crop.pixels == [2, 3, 5, 6])
  }
}
