/// The fixed, ordered table of cues: every face's cues in every frame, then the face network's reading.
///
/// Names are namespaced by what they need: `spatial.*` one frame,
/// `temporal.*` the previous frame of the same track, `window.*` the last
/// frames of the track, `scale.*` and `head.*` the full-resolution luma. Ring cues carry the
/// lower ρ bound of their ring (`ring0.9` is 0.9 ≤ ρ < 1.0). The order is part of the contract
/// with trained weights: append new cues, never reorder, and bump ``version``.
public enum SeamCues {
  public static let version = "seam-cues-2"

  /// Every cue a face's `cues` can hold, in record order: the measured cues (``names``), then
  /// the face network's reading where the network is on.
  public static let table: [CueDescription] = Block.allCases.flatMap(\.cues)

  /// The measured cues' names: the order of a ``SeamCueVector`` and of trained weights.
  public static let names: [String] = table.prefix(Block.faceNetwork.start).map(\.name)

  /// The face network's entry, which records add after the measured cues.
  public static let faceNetwork = table[Block.faceNetwork.start]

  static let sharpnessRings = Block.sharpnessRings.start
  static let noiseRings = Block.noiseRings.start
  static let chromaRings = Block.chromaRings.start
  static let interiorSmoothness = Block.interiorSmoothness.start
  static let interiorResampling = Block.interiorResampling.start
  static let contourGradient = Block.contourGradient.start
  static let peakDiscontinuity = Block.peakDiscontinuity.start
  static let peakDiscontinuityRho = Block.peakDiscontinuityRho.start
  static let flickerRings = Block.flickerRings.start
  static let interiorFlicker = Block.interiorFlicker.start
  static let smoothnessInstability = Block.smoothnessInstability.start
  static let chromaInstability = Block.chromaInstability.start
  static let windowFlicker = Block.windowFlicker.start
  static let landmarkJitter = Block.landmarkJitter.start
  static let generatorEnergy = Block.generatorEnergy.start
  static let generatorSlope = Block.generatorSlope.start
  static let nativeEnergy = Block.nativeEnergy.start
  static let nativeSlope = Block.nativeSlope.start
  static let edgeStep = Block.edgeStep.start
  static let chromaNeck = Block.chromaNeck.start
  static let chromaForehead = Block.chromaForehead.start
  static let textureCoherence = Block.textureCoherence.start

  public static var count: Int { names.count }

  public static func index(of name: String) -> Int? { names.firstIndex(of: name) }

  /// The table's entry for a recorded cue name; nil for a name this version does not know.
  public static func description(of name: String) -> CueDescription? { byName[name] }

  private static let byName = Dictionary(uniqueKeysWithValues: table.map { ($0.name, $0) })

  /// Runs of cues written together, in record order. The measurement writes each run at its
  /// `start`; the last run is the face network's, which the cue vector does not hold.
  enum Block: CaseIterable {
    case sharpnessRings, noiseRings, chromaRings, interiorSmoothness, interiorResampling, contourGradient
    case peakDiscontinuity, peakDiscontinuityRho, flickerRings, interiorFlicker
    case smoothnessInstability, chromaInstability, windowFlicker, landmarkJitter
    // seam-cues-2: measured on the full-resolution luma in template coordinates (``ScaleMeasurement``).
    case generatorEnergy, generatorSlope, nativeEnergy, nativeSlope, edgeStep, chromaNeck, chromaForehead
    case textureCoherence
    case faceNetwork

    var cues: [CueDescription] {
      let window: CueNeeds = [.previousFrame, .trackWindow]
      switch self {
      case .sharpnessRings: return rings("spatial.sharpness", .sharpness)
      case .noiseRings: return rings("spatial.noise", .noise)
      case .chromaRings: return rings("spatial.chroma", .chroma)
      case .interiorSmoothness: return [cue("spatial.interiorSmoothness", .interiorSmoothness, .inner)]
      case .interiorResampling: return [cue("spatial.interiorResampling", .interiorResampling, .inner)]
      case .contourGradient: return [cue("spatial.contourGradient", .contourGradient, .contour)]
      case .peakDiscontinuity: return [cue("spatial.peakDiscontinuity", .peakDiscontinuity, .peak)]
      case .peakDiscontinuityRho: return [cue("spatial.peakDiscontinuityRho", .peakDiscontinuity, .peak)]
      case .flickerRings: return rings("temporal.flicker", .flicker, needs: .previousFrame)
      case .interiorFlicker:
        return [cue("temporal.interiorFlicker", .interiorFlicker, .inner, needs: .previousFrame)]
      case .smoothnessInstability:
        return [cue("window.smoothnessInstability", .smoothnessInstability, .inner, needs: .trackWindow)]
      case .chromaInstability:
        return [cue("window.chromaInstability", .chromaInstability, .inner, needs: .trackWindow)]
      case .windowFlicker: return [cue("window.interiorFlicker", .interiorFlicker, .inner, needs: window)]
      case .landmarkJitter: return [cue("window.landmarkJitter", .landmarkJitter, .landmarks, needs: window)]
      case .generatorEnergy:
        return ScaleMeasurement.generatorSizes.map {
          cue("scale.g\($0).energy", .scale, .inner, needs: .detailPlane, generatorSize: $0)
        }
      case .generatorSlope:
        return ScaleMeasurement.generatorSizes.map {
          cue("scale.g\($0).slope", .scale, .inner, needs: .detailPlane, generatorSize: $0)
        }
      case .nativeEnergy: return [cue("head.nativeEnergy", .headTexture, .inner, needs: .detailPlane)]
      case .nativeSlope: return [cue("head.nativeSlope", .headTexture, .inner, needs: .detailPlane)]
      case .edgeStep: return [cue("head.edgeStep", .edgeStep, .contour, needs: .detailPlane)]
      case .chromaNeck: return [cue("head.chromaNeck", .headChroma, .inner, needs: .detailPlane)]
      case .chromaForehead: return [cue("head.chromaForehead", .headChroma, .inner, needs: .detailPlane)]
      case .textureCoherence:
        return [cue("temporal.textureCoherence", .textureCoherence, .inner, needs: [.previousFrame, .detailPlane])]
      case .faceNetwork: return [cue("network.face", .faceNetwork, .inner, needs: .network)]
      }
    }

    /// Where the run begins among all cues.
    var start: Int { Self.allCases.prefix { $0 != self }.reduce(0) { $0 + $1.cues.count } }

    private func cue(
      _ name: String, _ family: CueFamily, _ region: CueRegion, needs: CueNeeds = [], generatorSize: Int? = nil
    ) -> CueDescription {
      CueDescription(name: name, family: family, region: region, needs: needs, generatorSize: generatorSize)
    }

    /// One cue per ring, named `<stem>.ring<lower ρ bound>`.
    private func rings(_ stem: String, _ family: CueFamily, needs: CueNeeds = []) -> [CueDescription] {
      RadialRegions.ringLabels.enumerated().map { ring, label in
        cue("\(stem).ring\(label)", family, .ring(ring), needs: needs)
      }
    }
  }
}

/// One cue of ``SeamCues/table``: its record name, the family it belongs to, where on the face
/// it is measured and what measuring it takes.
public struct CueDescription: Sendable, Equatable {
  public let name: String
  public let family: CueFamily
  public let region: CueRegion
  public let needs: CueNeeds
  /// The generator crop size a scale cue tests; it abstains on faces under twice this size.
  public let generatorSize: Int?
}

/// Cues that measure one thing; each has a DocC article.
public enum CueFamily: String, CaseIterable, Sendable, Identifiable {
  case sharpness, noise, chroma, interiorSmoothness, interiorResampling, contourGradient, peakDiscontinuity, flicker
  case interiorFlicker, smoothnessInstability, chromaInstability, landmarkJitter, scale, headTexture, edgeStep
  case headChroma, textureCoherence
  /// The learned face model's reading of the aligned crop.
  case faceNetwork

  public var id: String { rawValue }
}

/// Where on the face a cue is measured (see ``RadialRegions``).
public enum CueRegion: Hashable, Sendable {
  /// One of the eight rings 0.1 wide in ρ, from 0.5 (index 0) to 1.2 (index 7).
  case ring(Int)
  /// The inner face (ρ < 0.8, or < 0.7 for the full-resolution cues in face coordinates).
  case inner
  /// The contour band 0.8 ≤ ρ < 1.2 around the likely mask edge.
  case contour
  /// The step of the radial profile with the largest change, at the ρ `spatial.peakDiscontinuityRho` gives.
  case peak
  /// Landmark motion: no region of the picture.
  case landmarks
}

/// What measuring a cue takes besides the current frame and the face's 68 landmarks in it.
public struct CueNeeds: OptionSet, Sendable, Hashable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }

  /// The same track's previous frame: the cue is NaN on a track's first frame and after a gap.
  public static let previousFrame = CueNeeds(rawValue: 1 << 0)
  /// Several recent frames of the track (``SeamTrackAnalyser/windowLength``).
  public static let trackWindow = CueNeeds(rawValue: 1 << 1)
  /// The full-resolution luma (`ScaleMeasurement`), not only the analysis frame.
  public static let detailPlane = CueNeeds(rawValue: 1 << 2)
  /// The face network and its weights (`--network-every`, `--face-network`).
  public static let network = CueNeeds(rawValue: 1 << 3)
}

/// One face's cue values in ``SeamCues/names`` order.
///
/// A cue that cannot be measured (first frame of a track, a ring clipped
/// away by the frame edge, too short a window) is NaN; the scorer treats it
/// as its training mean, so it contributes nothing.
public struct SeamCueVector: Sendable {
  public var values: [Float]

  public init(values: [Float]) {
    precondition(values.count == SeamCues.count, "one value per cue")
    self.values = values
  }

  static var unmeasured: SeamCueVector { SeamCueVector(values: [Float](repeating: .nan, count: SeamCues.count)) }

  public subscript(name: String) -> Float? {
    SeamCues.index(of: name).map { values[$0] }
  }

  /// (name, value) pairs in cue order, for records and reports.
  public var named: [(name: String, value: Float)] {
    Array(zip(SeamCues.names, values))
  }
}
