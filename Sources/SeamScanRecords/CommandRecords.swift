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

// MARK: - Schema

extension FacesRecord: SchemaDescribed {
  public static let schemaName = "faces"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "`seamscan faces`: the faces found in one frame.",
      [
        JSONSchema.type(type),
        .init("tool", JSONSchema.ref(ToolRecord.self)),
        .init("path", JSONSchema.string()),
        .init("sha256", JSONSchema.sha256),
        .init("frame", JSONSchema.integer(minimum: 0)),
        .init("pts_time", JSONSchema.number("Seconds.")),
        .init("models", JSONSchema.array(of: JSONSchema.ref(ModelFileRecord.self))),
        .init("faces", JSONSchema.array(of: JSONSchema.ref(FaceRecord.self))),
      ])
  }
}

extension SynthRecord: SchemaDescribed {
  public static let schemaName = "synth"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "`seamscan synth`: what was done to make a known fake, so it can be made again.",
      [
        JSONSchema.type(type),
        .init("tool", JSONSchema.ref(ToolRecord.self)),
        .init("input", JSONSchema.string()),
        .init("sha256", JSONSchema.sha256),
        .init("output", JSONSchema.string()),
        .init("kind", JSONSchema.ref(SynthesisKind.self)),
        .init(
          "seed", JSONSchema.integer("The 64-bit seed; one above 2^63 − 1 is written with the same bits, negative.")),
        .init("crf", JSONSchema.integer(minimum: 0)),
        .init("jitter", JSONSchema.unit()),
        .init("frames", JSONSchema.integer(minimum: 0)),
        .init("frames_blended", JSONSchema.integer(minimum: 0)),
        .init("tracks", JSONSchema.array(of: JSONSchema.ref(BlendRecord.self))),
      ])
  }
}

extension BlendRecord: SchemaDescribed {
  public static let schemaName = "blend"

  public static var jsonSchema: JSONValue {
    JSONSchema.object(
      "The base blend parameters of one face track of a known fake.",
      [
        .init("track", JSONSchema.integer(minimum: 1)),
        .init("mask", JSONSchema.ref(BlendMask.self)),
        .init("generator_size", JSONSchema.number()),
        .init("bottleneck_factor", JSONSchema.number()),
        .init("scale", JSONSchema.number()),
        .init("luma_offset", JSONSchema.number()),
        .init("cb_offset", JSONSchema.number()),
        .init("cr_offset", JSONSchema.number()),
        .init("sharpness", JSONSchema.number()),
        .init("mask_edge_rho", JSONSchema.number()),
        .init("feather", JSONSchema.number()),
        .init("strength", JSONSchema.number()),
      ])
  }
}
