import SeamScanForensics
import SeamScanRecords

/// Where the evidence of one face lies: the recorded cue contributions summed by the region each
/// cue is measured on, and, when the records hold landmarks, that region's outline on the face.
///
/// Nothing is re-measured: the sums are of the `contribution`s in the record, and the outlines are
/// `FaceGeometry`'s hull of the recorded landmarks scaled about its centroid (ρ), as the cues use it.
struct EvidenceMap {
  struct Region {
    let region: CueRegion
    var sum: Double = 0
    var cues: [String] = []
  }

  /// Regions with at least one cue, in the order inner face, rings outwards, contour, peak, landmarks.
  let regions: [Region]
  let geometry: FaceGeometry?
  /// ρ of the strongest step of the radial profile, from `spatial.peakDiscontinuityRho`.
  let peakRho: Double?

  init(face: FaceRecord, frameWidth: Int, frameHeight: Int) {
    var byRegion: [CueRegion: Region] = [:]
    var peakRho: Double?
    for entry in face.evidence?.cues?.entries ?? [] {
      // A cue this version does not know is drawn on the inner face.
      let region = SeamCues.description(of: entry.name)?.region ?? .inner
      var sums = byRegion[region] ?? Region(region: region)
      sums.sum += entry.contribution ?? 0
      sums.cues.append(entry.name)
      byRegion[region] = sums
      if entry.name == "spatial.peakDiscontinuityRho" { peakRho = entry.value }
    }
    let order: [CueRegion] =
      [.inner] + (0..<RadialRegions.ringCount).map(CueRegion.ring) + [.contour, .peak, .landmarks]
    regions = order.compactMap { region in
      byRegion[region].map { found in
        var sorted = found
        sorted.cues.sort { (SeamCues.index(of: $0) ?? .max, $0) < (SeamCues.index(of: $1) ?? .max, $1) }
        return sorted
      }
    }
    self.peakRho = peakRho
    geometry = face.landmarks.flatMap { points in
      FaceGeometry(
        landmarks: points.map { SIMD2(Float($0.first ?? .nan), Float($0.count > 1 ? $0[1] : .nan)) },
        frameWidth: frameWidth, frameHeight: frameHeight)
    }
  }

  /// The largest absolute regional sum, for the colour scale.
  var largestEffect: Double { regions.map { abs($0.sum) }.max() ?? 0 }

  /// The hull scaled by `rho` about its centroid: the line where ρ equals `rho`.
  func outline(rho: Double) -> [SIMD2<Double>] {
    guard let geometry else { return [] }
    let centre = SIMD2<Double>(Double(geometry.centroid.x), Double(geometry.centroid.y))
    return geometry.hull.map { vertex in
      centre + (SIMD2<Double>(Double(vertex.x), Double(vertex.y)) - centre) * rho
    }
  }
}
