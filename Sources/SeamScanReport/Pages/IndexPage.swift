import Foundation
import SeamScanRecords

/// What the index keeps of one input once its page is written.
struct IndexEntry: Sendable {
  let recordsFile: String
  /// The input's page, relative to the index; nil for an input without a video record.
  let page: String?
  let path: String
  let sha256: String?
  let verdict: Verdict?
  let score: Double?
  let reason: InconclusiveReason?
  let mode: ScoringModeOptions?
  let tracks: Int
  let framesWithFace: Int?
  let framesAnalysed: Int?
  let duration: Double?
  let isStill: Bool
  let problems: [ErrorCode]
  let incomplete: Bool
  /// Its media no longer matches its SHA-256, or cannot be opened.
  let mediaProblem: Bool
  /// Its media matched but its pictures could not be decoded again.
  let picturesRefused: Bool
  /// Why an input could not be analysed, or its records read: it is listed among the others,
  /// never in the table of analysed inputs, and counted once, as failed.
  let failure: (status: String, code: String, message: String)?
}

/// The model of the batch index, as the `index` template reads it.
struct IndexPage {
  struct Count {
    let verdictClass, count, label: Text
  }
  struct Row {
    struct Score {
      let value, shown, meterStyle: Text
    }
    let name, recordsFile, rank, href, openTitle, folder, verdictOrder, verdictClass, verdict, verdictValue: Text
    let partial, incomplete: Text?
    let score: Score?
    let reason, reasonValue, faceShare, faces, durationValue, durationRaw, duration, sha, shaTitle, shaShort: Text
  }
  struct Other {
    let path: Text
    /// The input's page, when its records had a video record to show.
    let href: Text?
    let status, code, meaning: Text
    let message: Text?
  }

  let lang, title, heading, generated, toolLine, footer, generator, scriptHashes: Text
  let printStyle: Markup
  let isIndex = true
  let say: PhraseKey
  let sayHTML: PhraseKey
  let scanFolder: Text
  let inputCount: Text
  let verdictCounts: [Count]
  let problemCounts: [Count]
  let filterTemplate: Text
  let rows: [Row]
  let others: [Other]
  let hasOthers: Bool
}

/// Builds the index from the entries of every input.
struct IndexPageBuilder {
  let chrome: PageChrome
  var words: Phrasebook { chrome.words }
  var format: LocalFormat { chrome.format }

  func page(entries: [IndexEntry], withoutRecords: [SummaryRow]) -> IndexPage {
    let analysed = entries.filter { $0.page != nil && $0.failure == nil }.sorted(by: Self.moreSuspicious)
    var others = entries.compactMap { entry in
      entry.failure.map { failure in
        IndexPage.Other(
          path: Text(entry.path.isEmpty ? entry.recordsFile : entry.path), href: entry.page.map(Text.init),
          status: words.text("status." + failure.status),
          code: Text(failure.code), meaning: Self.meaning(ofCode: failure.code, words), message: Text(failure.message))
      }
    }
    others += withoutRecords.map { input in
      let skipped = input.status == .skipped
      return IndexPage.Other(
        path: Text(input.path), href: nil, status: words.text(skipped ? "status.skipped" : "status.no_records"),
        code: Text(input.status.rawValue),
        meaning: words.text(skipped ? "status.skipped.meaning" : "status.no_records.meaning"),
        message: input.message.map { Text($0) })
    }
    let counts = Dictionary(grouping: analysed) { PageChrome.verdictID($0.verdict) }.mapValues(\.count)
    var verdictIDs = ["likely_manipulated", "inconclusive", "no_evidence_found", "no_face"]
    if counts["not_scored"] != nil { verdictIDs.append("not_scored") }
    let failed = entries.filter { $0.failure != nil }.count
    let skipped = withoutRecords.filter { $0.status == .skipped }.count
    return IndexPage(
      lang: chrome.lang, title: Text(words.raw("app.name") + " — " + words.raw("index.heading")),
      heading: words.text("index.heading"), generated: chrome.generated, toolLine: chrome.toolLine,
      footer: chrome.footer, generator: chrome.generator, scriptHashes: PageChrome.scriptHashes(index: true),
      printStyle: chrome.printStyle, say: words.labels, sayHTML: words.markupLabels,
      scanFolder: Text(chrome.scanFolder),
      inputCount: words.text("meta.inputs", ["n": format.integer(entries.count + withoutRecords.count)]),
      verdictCounts: verdictIDs.map { id in
        IndexPage.Count(
          verdictClass: Text(id), count: Text(format.integer(counts[id] ?? 0)), label: words.text("verdict." + id))
      },
      problemCounts: [
        ("index.count.partial", analysed.filter { !$0.problems.isEmpty }.count),
        ("index.count.failed", failed), ("index.count.skipped", skipped),
      ].map { key, count in
        IndexPage.Count(verdictClass: Text("problem"), count: Text(format.integer(count)), label: words.text(key))
      },
      filterTemplate: words.text("index.filter.shown", ["shown": "{shown}", "total": "{total}"]),
      rows: analysed.enumerated().map { row(rank: $0 + 1, $1) }, others: others, hasOthers: !others.isEmpty)
  }

  /// Verdict (most suspicious first), then score, highest first, then path.
  static func moreSuspicious(_ a: IndexEntry, _ b: IndexEntry) -> Bool {
    let rankA = PageChrome.verdictRank(a.verdict)
    let rankB = PageChrome.verdictRank(b.verdict)
    if rankA != rankB { return rankA < rankB }
    if a.score != b.score { return (a.score ?? -1) > (b.score ?? -1) }
    return a.path < b.path
  }

  private func row(rank: Int, _ entry: IndexEntry) -> IndexPage.Row {
    let (folder, name) = RecordedPath.folderAndName(of: entry.path)
    let share = entry.framesAnalysed.flatMap { analysed in
      entry.framesWithFace.map { analysed > 0 ? Double($0) / Double(analysed) : 0 }
    }
    let faces: Text
    switch entry.tracks {
    case 0: faces = words.text("cell.faces.none")
    case 1: faces = words.text("cell.faces.one", ["pct": format.percent(share ?? 0)])
    default:
      faces = words.text("cell.faces", ["tracks": format.integer(entry.tracks), "pct": format.percent(share ?? 0)])
    }
    let sha = entry.sha256 ?? ""
    return IndexPage.Row(
      name: Text(name), recordsFile: Text(entry.recordsFile), rank: Text(String(rank)), href: Text(entry.page ?? ""),
      openTitle: words.text("index.open_report", ["file": name]), folder: Text(folder),
      verdictOrder: Text(String(PageChrome.verdictRank(entry.verdict))),
      verdictClass: Text(PageChrome.verdictID(entry.verdict)),
      verdict: words.text("verdict." + PageChrome.verdictID(entry.verdict)),
      verdictValue: Text(JSONValue(entry.verdict?.rawValue).dataValue),
      partial: entry.problems.isEmpty
        ? nil
        : words.text(
          "cell.partial",
          ["problem": entry.problems.map { Self.problem($0, words).shown }.joined(separator: ", ")]),
      incomplete: entry.incomplete ? words.text("cell.incomplete") : nil,
      score: entry.score.map { score in
        IndexPage.Row.Score(
          value: Text(JSONValue.format(score)), shown: Text(format.score(score)),
          meterStyle: PageChrome.meterStyle(score, entry.mode))
      },
      reason: entry.reason.map { words.text("reason." + $0.rawValue.replacingOccurrences(of: " ", with: "_")) }
        ?? Text(""),
      reasonValue: Text(JSONValue(entry.reason?.rawValue).dataValue),
      faceShare: Text(share.map { String(format: "%.4f", $0) } ?? ""), faces: faces,
      durationValue: Text(entry.isStill ? "-1" : entry.duration.map { JSONValue.format($0) } ?? ""),
      durationRaw: Text(JSONValue(entry.duration).dataValue),
      duration: entry.isStill ? words.text("cell.still") : Text(entry.duration.map(format.duration) ?? "—"),
      sha: Text(sha), shaTitle: words.text("cell.hash.title", ["hash": sha]),
      shaShort: Text(sha.count > 12 ? String(sha.prefix(8)) + "…" + String(sha.suffix(4)) : sha))
  }

  static func problem(_ code: ErrorCode, _ words: Phrasebook) -> Text {
    switch code {
    case .truncated: return words.text("problem.truncated")
    case .decodeErrors: return words.text("problem.decode_errors")
    default: return Text(code.rawValue)
    }
  }

  /// The localised meaning of an error code; the code itself is always shown beside it.
  static func meaning(of code: ErrorCode, _ words: Phrasebook) -> Text { meaning(ofCode: code.rawValue, words) }

  static func meaning(ofCode code: String, _ words: Phrasebook) -> Text {
    Phrasebook.keys.contains("error." + code)
      ? words.text("error." + code) : words.text("error.unknown", ["code": code])
  }
}
