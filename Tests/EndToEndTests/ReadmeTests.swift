import Foundation
import SeamScanRecords
import SeamScanTestSupport
import Testing

/// The README cannot go stale: its example records, options table and error codes are checked
/// against the binary's real output and the code.
@Suite struct ReadmeTests {
  static let readme: String = {
    let url = SampleMedia.repository.appendingPathComponent("README.md")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  /// The JSON lines of the fenced block that follows `marker`.
  static func exampleLines(after marker: String) -> [String] {
    guard let start = readme.range(of: marker),
      let open = readme.range(of: "```json\n", range: start.upperBound..<readme.endIndex),
      let close = readme.range(of: "```", range: open.upperBound..<readme.endIndex)
    else { return [] }
    return readme[open.upperBound..<close.lowerBound].split(separator: "\n").map(String.init)
  }

  /// Where `example` and `actual` disagree. In the example, `"…": {}` stands for more keys, a string
  /// ending in `…` for a longer one; `timing` differs between runs and is not compared.
  static func mismatches(_ example: Any, _ actual: Any, at path: String = "") -> [String] {
    switch (example, actual) {
    case (let example as [String: Any], let actual as [String: Any]):
      var found: [String] = []
      let elided = example["…"] != nil
      let expectedKeys = Set(example.keys).subtracting(["…"])
      if elided ? !expectedKeys.isSubset(of: actual.keys) : expectedKeys != Set(actual.keys) {
        found.append("\(path): keys \(expectedKeys.sorted()) against \(actual.keys.sorted())")
      }
      for key in expectedKeys where key != "timing" {
        if let value = actual[key] { found += mismatches(example[key]!, value, at: path + "." + key) }
      }
      return found
    case (let example as [Any], let actual as [Any]):
      guard example.count == actual.count else { return ["\(path): \(example.count) items against \(actual.count)"] }
      return zip(example, actual).enumerated().flatMap { mismatches($1.0, $1.1, at: "\(path)[\($0)]") }
    case (let example as String, let actual as String):
      let matches = example.hasSuffix("…") ? actual.hasPrefix(String(example.dropLast())) : example == actual
      return matches ? [] : ["\(path): \(example) against \(actual)"]
    default:
      return "\(example)" == "\(actual)" ? [] : ["\(path): \(example) against \(actual)"]
    }
  }

  /// Top-level keys of a JSON object line, in the order they are written.
  static func topLevelKeys(_ line: String) -> [String] {
    var keys: [String] = []
    var depth = 0
    var inString = false
    var escaped = false
    var current = ""
    var expectingKey = false
    for character in line {
      if inString {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inString = false
          if expectingKey && depth == 1 { keys.append(current) }
          expectingKey = false
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "{", "[":
        depth += 1
        expectingKey = character == "{"
      case "}", "]": depth -= 1
      case ",": expectingKey = depth == 1 || expectingKey
      case "\"":
        inString = true
        current = ""
      default: break
      }
    }
    return keys
  }

  static func object(_ line: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test func exampleRecordsMatchARealRun() throws {
    let examples = Self.exampleLines(
      after: "example below is `seamscan scan --max-frames 10 SampleMedia/astronaut-pan.mp4`")
    #expect(examples.count == 3)
    let run = try SeamScanBinary.run(
      ["scan", "--quiet", "--max-frames", "10", "SampleMedia/astronaut-pan.mp4"], in: SampleMedia.repository)
    #expect(run.status == 0)
    for line in examples {
      let example = try Self.object(line)
      let actualLine = try #require(
        run.lines.first { candidate in
          let actual = try? Self.object(candidate)
          return actual?["type"] as? String == example["type"] as? String
            && (example["frame"] == nil || "\(actual?["frame"] ?? "")" == "\(example["frame"]!)")
        }, "no \(example["type"] ?? "?") record in the run")
      let found = Self.mismatches(example, try Self.object(actualLine))
      #expect(found.isEmpty, "\(found)")
      #expect(
        Self.topLevelKeys(line) == Self.topLevelKeys(actualLine), "key order of the \(example["type"] ?? "") record")
    }
  }

  @Test func faceExampleHasTheFieldsOfARealFace() throws {
    let lines = Self.exampleLines(after: "Each face:")
    let example = try Self.object(lines.joined())
    let run = try SeamScanBinary.run(["scan", "--quiet", "--max-frames", "3", SampleMedia.pan.path])
    let face = try #require((run.records(ofType: "frame").last?["faces"] as? [[String: Any]])?.first)
    #expect(Set(example.keys) == Set(face.keys))
  }

  @Test func optionsTableListsEveryOptionOfScan() throws {
    let table =
      try #require(Self.readme.components(separatedBy: "| option | meaning |").dropFirst().first)
      .components(separatedBy: "\n\n").first ?? ""
    let documented = Set(Self.flags(in: table))
    let help = try Command.run(SeamScanBinary.url.path, ["scan", "--help"]).standardOutput
    let offered = Set(Self.flags(in: help)).subtracting(["--help", "--version"])
    #expect(documented == offered)
  }

  static func flags(in text: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "--[a-z][a-z-]*[a-z]")
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
  }

  @Test("The README says verdict and score are null under --no-faces, and they are")
  func noFacesGivesNullVerdict() throws {
    let row = try #require(Self.readme.components(separatedBy: "\n").first { $0.hasPrefix("| `--no-faces` |") })
    #expect(row.contains("`score` and `verdict` are then null"))
    let run = try SeamScanBinary.run(["scan", "--quiet", "--no-faces", "--max-frames", "2", SampleMedia.pan.path])
    let summary = try #require(run.records.last)
    #expect(summary["verdict"] is NSNull)
    #expect(summary["score"] is NSNull)
  }

  @Test func errorCodesAreTheContractsCodes() throws {
    let sentence = try #require(
      Self.readme.components(separatedBy: "Codes: ").dropFirst().first?.components(separatedBy: ". ").first)
    let pattern = try NSRegularExpression(pattern: "`([a-z_]+)`")
    let codes = pattern.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)).compactMap {
      Range($0.range(at: 1), in: sentence).map { String(sentence[$0]) }
    }
    #expect(codes == ErrorCode.allCases.map(\.rawValue))
  }

  /// The "Records" section names, in each record type's paragraph, every field that `seamscan
  /// schema` lists for it (and those of the objects it spells out: a frame's faces, the summary's
  /// timing, synth's tracks), and no field that the record does not have: a backticked name that
  /// is a field of some record, or has an underscore, and is neither a vocabulary word nor a record
  /// type, must be one of its fields, at any depth. Dotted names (`fusion.cue_weight`) point into
  /// other records and are not checked.
  @Test func recordReferenceMatchesTheSchema() throws {
    let output = try Command.run(SeamScanBinary.url.path, ["schema"]).standardOutput
    let schema = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let definitions = try #require(schema["$defs"] as? [String: [String: Any]])
    let types = try #require(definitions["record_type"]?["enum"] as? [String])
    let words = Set(definitions.values.flatMap { $0["enum"] as? [Any] ?? [] }.compactMap { $0 as? String })
    let section = try #require(
      Self.readme.components(separatedBy: "\n## Records\n").dropFirst().first?.components(separatedBy: "\n### ").first)
    let spelledOut = ["frame": ["face"], "summary": ["timing", "track_summary"], "synth": ["blend"]]
    let anyRecordsField = Set(types.flatMap { Self.properties(of: definitions[$0] ?? [:]) })
    for type in types {
      let paragraph = try #require(
        section.components(separatedBy: "**`\(type)`**").dropFirst().first?.components(separatedBy: "\n\n**").first,
        "no paragraph for \(type) records")
      let named = Self.backticked(in: paragraph)
      let fields = ([type] + (spelledOut[type] ?? [])).flatMap { Self.properties(of: definitions[$0] ?? [:]) }
      let missing = Set(fields).subtracting(named + ["type"])
      #expect(missing.isEmpty, "README's \(type) paragraph does not name \(missing.sorted())")
      let reachable = Self.reachableProperties(from: type, in: definitions)
      let unknown = Set(
        named.filter { name in
          !name.contains(".") && (name.contains("_") || anyRecordsField.contains(name)) && !words.contains(name)
            && !types.contains(name) && !reachable.contains(name)
        })
      #expect(unknown.isEmpty, "README's \(type) paragraph names \(unknown.sorted()), not fields of the record")
    }
  }

  /// Backticked names: lower-case words with `_` or `.`.
  static func backticked(in text: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "`([a-z][a-z0-9_.]*)`")
    return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  static func properties(of definition: [String: Any]) -> [String] {
    (definition["properties"] as? [String: Any]).map { Array($0.keys) } ?? []
  }

  /// Every property name of a definition and of the definitions it refers to, at any depth.
  static func reachableProperties(from name: String, in definitions: [String: [String: Any]]) -> Set<String> {
    var found = Set<String>()
    var visited = Set<String>()
    var pending = [name]
    while let next = pending.popLast() {
      guard visited.insert(next).inserted, let definition = definitions[next] else { continue }
      func walk(_ node: Any) {
        if let object = node as? [String: Any] {
          if let reference = object["$ref"] as? String { pending.append(String(reference.split(separator: "/").last!)) }
          if let properties = object["properties"] as? [String: Any] { found.formUnion(properties.keys) }
          object.values.forEach(walk)
        } else if let array = node as? [Any] {
          array.forEach(walk)
        }
      }
      walk(definition)
    }
    return found
  }

  @Test func faceSourcesAreTheContractsSources() throws {
    let sentence = try #require(
      Self.readme.components(separatedBy: "`source`: what last confirmed the face:").dropFirst().first?
        .components(separatedBy: ".\n").first)
    let pattern = try NSRegularExpression(pattern: "`([a-z-]+)`")
    let sources = pattern.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)).compactMap {
      Range($0.range(at: 1), in: sentence).map { String(sentence[$0]) }
    }
    #expect(Set(sources) == Set(FaceSource.allCases.map(\.rawValue)))
  }
}
