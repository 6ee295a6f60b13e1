/// `seamscan faces`: the faces found in one frame.
public struct FacesRecord: OutputRecord, Equatable {
  public static let type = RecordType.faces

  public var tool: ToolRecord
  public var path: String
  public var sha256: String
  public var frame: Int
  public var ptsTime: Double
  public var models: [ModelFileRecord]
  public var faces: [FaceRecord]

  public init(path: String, sha256: String, frame: Int, ptsTime: Double, models: [ModelFileRecord], faces: [FaceRecord])
  {
    tool = ToolIdentity.record
    self.path = path
    self.sha256 = sha256
    self.frame = frame
    self.ptsTime = ptsTime
    self.models = models
    self.faces = faces
  }
}

/// `seamscan synth`: what was done to make a known fake, so it can be made again.
public struct SynthRecord: OutputRecord, Equatable {
  public static let type = RecordType.synth

  public var tool: ToolRecord
  public var input: String
  public var sha256: String
  public var output: String
  public var kind: SynthesisKind
  public var seed: Int
  public var crf: Int
  public var jitter: Double
  public var frames: Int
  public var framesBlended: Int
  public var tracks: [BlendRecord]

  public init(
    input: String, sha256: String, output: String, kind: SynthesisKind, seed: Int, crf: Int, jitter: Double,
    frames: Int, framesBlended: Int, tracks: [BlendRecord]
  ) {
    tool = ToolIdentity.record
    self.input = input
    self.sha256 = sha256
    self.output = output
    self.kind = kind
    self.seed = seed
    self.crf = crf
    self.jitter = jitter
    self.frames = frames
    self.framesBlended = framesBlended
    self.tracks = tracks
  }
}

/// The base blend parameters of one face track of a known fake.
public struct BlendRecord: Codable, Sendable, Equatable {
  public var track: Int
  public var mask: BlendMask
  public var generatorSize: Double
  public var bottleneckFactor: Double
  public var scale: Double
  public var lumaOffset: Double
  public var cbOffset: Double
  public var crOffset: Double
  public var sharpness: Double
  public var maskEdgeRho: Double
  public var feather: Double
  public var strength: Double

  public init(
    track: Int, mask: BlendMask, generatorSize: Double, bottleneckFactor: Double, scale: Double, lumaOffset: Double,
    cbOffset: Double, crOffset: Double, sharpness: Double, maskEdgeRho: Double, feather: Double, strength: Double
  ) {
    self.track = track
    self.mask = mask
    self.generatorSize = generatorSize
    self.bottleneckFactor = bottleneckFactor
    self.scale = scale
    self.lumaOffset = lumaOffset
    self.cbOffset = cbOffset
    self.crOffset = crOffset
    self.sharpness = sharpness
    self.maskEdgeRho = maskEdgeRho
    self.feather = feather
    self.strength = strength
  }
}
