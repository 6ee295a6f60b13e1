import Foundation

/// Any record of the contract, read back from a line of output.
public enum Record: Sendable, Equatable {
  case video(VideoRecord)
  case frame(FrameRecord)
  case summary(SummaryRecord)
  case error(ErrorRecord)
  case skipped(SkippedRecord)
  case faces(FacesRecord)
  case synth(SynthRecord)

  /// The record's `type`.
  public var type: RecordType {
    switch self {
    case .video: return .video
    case .frame: return .frame
    case .summary: return .summary
    case .error: return .error
    case .skipped: return .skipped
    case .faces: return .faces
    case .synth: return .synth
    }
  }
}

/// Why a line could not be read as a record.
public enum RecordReadError: Error, Equatable, CustomStringConvertible {
  /// Written by a newer SeamScan whose records this one does not know.
  case newerSchema(found: String, supported: String)
  case malformed(String)

  public var description: String {
    switch self {
    case .newerSchema(let found, let supported):
      return "records use schema \(found), newer than this seamscan reads (\(supported)): use a newer seamscan"
    case .malformed(let detail): return "not a SeamScan record: \(detail)"
    }
  }
}

/// Reads JSON Lines output back into typed records (resume, reports).
public enum RecordReader {
  private struct Header: Decodable {
    var type: RecordType
    var schema: String?
  }

  private static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()

  public static func record(fromLine line: some StringProtocol) throws -> Record {
    let data = Data(line.utf8)
    let header: Header
    do {
      header = try decoder.decode(Header.self, from: data)
    } catch {
      throw RecordReadError.malformed("no known \"type\"")
    }
    if let schema = header.schema { try checkSchema(schema) }
    do {
      switch header.type {
      case .video: return .video(try decoder.decode(VideoRecord.self, from: data))
      case .frame: return .frame(try decoder.decode(FrameRecord.self, from: data))
      case .summary: return .summary(try decoder.decode(SummaryRecord.self, from: data))
      case .error: return .error(try decoder.decode(ErrorRecord.self, from: data))
      case .skipped: return .skipped(try decoder.decode(SkippedRecord.self, from: data))
      case .faces: return .faces(try decoder.decode(FacesRecord.self, from: data))
      case .synth: return .synth(try decoder.decode(SynthRecord.self, from: data))
      }
    } catch {
      throw RecordReadError.malformed(
        "a \(header.type.rawValue) record that does not match schema \(ToolIdentity.schema)")
    }
  }

  /// Every record of a JSON Lines text, in order.
  public static func records(in text: String) throws -> [Record] {
    try text.split(separator: "\n", omittingEmptySubsequences: true).map { try record(fromLine: $0) }
  }

  /// Schemas are `seamscan.records/N`; this reader knows N up to its own.
  static func checkSchema(_ schema: String) throws {
    let supported = ToolIdentity.schema
    guard let found = version(of: schema), let own = version(of: supported), found <= own,
      schema.hasPrefix(ToolIdentity.schemaPrefix)
    else { throw RecordReadError.newerSchema(found: schema, supported: supported) }
  }

  private static func version(of schema: String) -> Int? {
    schema.split(separator: "/").last.flatMap { Int($0) }
  }
}
