import SeamScanImaging
import Testing

@testable import SeamScanForensics

@Suite struct GeometryTests {
  let landmarks = SyntheticClip.headLandmarks(axes: SyntheticClip.semiAxes).map { $0 + SIMD2(160, 170) }

  var geometry: FaceGeometry { FaceGeometry(landmarks: landmarks, frameWidth: 400, frameHeight: 400)! }

  @Test func rhoIsOneOnTheHullEdge() {
    let hull = geometry.hull
    for i in hull.indices {
      let v = hull[i]
      let w = hull[(i + 1) % hull.count]
      #expect(abs(geometry.rho(at: v) - 1) < 1e-4)
      #expect(abs(geometry.rho(at: (v + w) / 2) - 1) < 1e-4)
    }
  }

  @Test func rhoGrowsLinearlyAlongRaysFromTheCentroid() {
    let c = geometry.centroid
    #expect(geometry.rho(at: c) < 1e-5)
    for v in geometry.hull {
      for scale: Float in [0.3, 0.8, 1.3, 1.7] {
        #expect(abs(geometry.rho(at: c + (v - c) * scale) - scale) < 1e-4)
      }
    }
  }

  @Test func insideBelowOneOutsideAboveOne() {
    #expect(geometry.rho(at: landmarks[30]) < 1)  // nose tip
    #expect(geometry.rho(at: landmarks[8] + SIMD2(0, 10)) > 1)  // below the chin
  }

  @Test func browsAreLiftedTowardTheForehead() {
    let topOfBrows = landmarks[17...26].map(\.y).min()!
    let topOfHull = geometry.hull.map(\.y).min()!
    let lift = FaceGeometry.defaultBrowLift * (landmarks[8].y - landmarks[27].y)
    #expect(abs((topOfBrows - topOfHull) - lift) < 1e-3)
    let unlifted = FaceGeometry(landmarks: landmarks, frameWidth: 400, frameHeight: 400, browLift: 0)!
    #expect(abs(unlifted.hull.map(\.y).min()! - topOfBrows) < 1e-4)
  }

  @Test func roiHoldsTheSurroundAndIsClippedToTheFrame() {
    let g = geometry
    for v in g.hull {
      let p = g.centroid + (v - g.centroid) * RadialRegions.outerRho
      #expect(g.roi.contains(x: Int(p.x), y: Int(p.y)))
    }
    let clipped = FaceGeometry(landmarks: landmarks.map { $0 - SIMD2(120, 0) }, frameWidth: 400, frameHeight: 400)!
    #expect(clipped.roi.x == FaceGeometry.filterBorder)
    #expect(clipped.roi.maxY <= 400 - FaceGeometry.filterBorder)
  }

  @Test func rhoMapMatchesPointwiseRho() {
    let g = geometry
    let rect = PixelRect(x: 100, y: 90, width: 37, height: 5)
    let map = g.rhoMap(over: rect)
    for row in 0..<rect.height {
      for column in 0..<rect.width {
        let expected = g.rho(at: SIMD2(Float(rect.x + column), Float(rect.y + row)))
        #expect(abs(map[row * rect.width + column] - expected) < 1e-5)
      }
    }
  }

  @Test func rejectsInvalidLandmarks() {
    #expect(FaceGeometry(landmarks: Array(landmarks.prefix(67)), frameWidth: 400, frameHeight: 400) == nil)
    var withNaN = landmarks
    withNaN[3] = SIMD2(.nan, 1)
    #expect(FaceGeometry(landmarks: withNaN, frameWidth: 400, frameHeight: 400) == nil)
    #expect(
      FaceGeometry(landmarks: [SIMD2<Float>](repeating: SIMD2(5, 5), count: 68), frameWidth: 400, frameHeight: 400)
        == nil)
  }

  @Test func radialRegionsFollowTheLayout() {
    #expect(RadialRegions.region(ofRho: 0.2) == UInt8(RadialRegions.core))
    #expect(RadialRegions.region(ofRho: 0.55) == UInt8(RadialRegions.firstRing))
    #expect(RadialRegions.region(ofRho: 0.95) == UInt8(RadialRegions.firstRing + 4))
    #expect(RadialRegions.region(ofRho: 1.25) == UInt8(RadialRegions.firstRing + 7))
    #expect(RadialRegions.region(ofRho: 1.5) == UInt8(RadialRegions.surround))
    #expect(RadialRegions.region(ofRho: 1.75) == RadialRegions.outside)
    #expect(RadialRegions.ringLabels == ["0.5", "0.6", "0.7", "0.8", "0.9", "1.0", "1.1", "1.2"])
  }

  @Test func samplesCoverEveryPixelPhase() {
    let samples = FaceSamples(
      geometry: FaceGeometry(
        landmarks: landmarks.map { ($0 - SIMD2(160, 170)) * 2 + SIMD2(400, 400) },
        frameWidth: 800, frameHeight: 800)!)
    let step = samples.step
    let roi = samples.geometry.roi
    #expect(step >= 2)
    var phases = Set<[Int]>()
    for row in 0..<(step * step) {
      phases.insert([(samples.firstX(row: row) - roi.x) % step, (samples.y(row: row) - roi.y) % step])
    }
    #expect(phases.count == step * step)
    #expect(samples.y(row: samples.rows - 1) < samples.geometry.roi.maxY)
    #expect(samples.firstX(row: 1) + (samples.columns - 1) * samples.step < samples.geometry.roi.maxX)
  }
}
