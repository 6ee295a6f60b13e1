import Foundation
import SeamScanForensics
import SeamScanImaging
import SeamScanMedia
import SeamScanRecords

/// Everything a video page is built from: the records of one input, and what the report could
/// take from its media.
struct VideoEvidence {
  let input: InputRecords
  let video: VideoRecord
  let mode: ScoringModeOptions?
  /// The summary's tracks; empty where the records hold none (``tracksRecorded``).
  let tracks: [TrackStats]
  /// False for records of schema 1 (and a missing summary): per-track results need a rescan.
  let tracksRecorded: Bool
  let chosen: [ChosenFace]
  let media: MediaCheck
  /// Full-resolution frames taken from the media, by frame index; empty unless the hash matched.
  let pictures: [Int: FramePlanes]
  /// Why the media, though it matches, gave no pictures.
  let pictureRefusal: MediaError?
  /// Scene cuts as the scan's tracker saw them; nil in records that do not hold them.
  let cuts: [Int]?

  /// The face of each track shown on its card: its highest counted score, else its best landmark fit.
  let thumbnails: [Int: (frame: FrameRecord, face: FaceRecord)]

  static let framesShown = 3

  /// Reads what it needs from the media: only when the file still has its recorded SHA-256.
  init(input: InputRecords, video: VideoRecord, media evidence: MediaEvidence) {
    self.input = input
    self.video = video
    mode = input.scoringMode
    let recorded = TrackStats.tracks(of: input)
    tracks = recorded ?? []
    tracksRecorded = recorded != nil
    let count = input.isStill ? 1 : Self.framesShown
    chosen = FrameChoice.mostSuspicious(
      input.frames, count: count, gap: FrameChoice.gap(for: input.frames, count: count))
    thumbnails = Self.thumbnailFaces(input.frames)
    let (check, file) = evidence.open(video)
    media = check
    let wanted = chosen.map(\.frame) + thumbnails.values.map(\.frame)
    let decoded = file.map { evidence.frames(wanted, of: video, in: $0) }
    pictures = decoded?.pictures ?? [:]
    pictureRefusal = decoded?.refusal
    cuts = input.isStill ? [] : input.summary?.sceneCuts
  }

  private static func thumbnailFaces(_ frames: [FrameRecord]) -> [Int: (frame: FrameRecord, face: FaceRecord)] {
    var best: [Int: (frame: FrameRecord, face: FaceRecord, key: (Int, Double))] = [:]
    for frame in frames {
      for face in frame.faces {
        let counted = face.evidence?.excluded == nil && face.evidence?.score != nil
        let key = (counted ? 1 : 0, counted ? face.evidence?.score ?? 0 : face.confidence)
        if let current = best[face.track], current.key >= key { continue }
        best[face.track] = (frame, face, key)
      }
    }
    return best.mapValues { ($0.frame, $0.face) }
  }
}

/// Builds a ``VideoPage`` from ``VideoEvidence``.
struct VideoPageBuilder {
  let evidence: VideoEvidence
  let chrome: PageChrome
  var words: Phrasebook { chrome.words }
  var format: LocalFormat { chrome.format }
  var video: VideoRecord { evidence.video }
  var summary: SummaryRecord? { evidence.input.summary }

  /// Section numbers, for the phrases that refer to them.
  static let sections = ["provenance", "verdict", "timeline", "tracks", "frames", "reproduce", "glossary"]
  static func number(of section: String) -> String { String((sections.firstIndex(of: section) ?? 0) + 1) }

  func page() -> VideoPage {
    let name = RecordedPath.folderAndName(of: video.path).name
    let verdict = summary?.verdict
    let score = summary?.score
    return VideoPage(
      lang: chrome.lang,
      title: Text(name + " — " + words.raw("app.name")),
      heading: words.text(evidence.input.isStill ? "report.kind.still" : "report.kind.video"),
      generated: chrome.generated, toolLine: chrome.toolLine, footer: chrome.footer, generator: chrome.generator,
      scriptHashes: PageChrome.scriptHashes(index: false), printStyle: chrome.printStyle, say: words.labels,
      sayHTML: words.markupLabels,
      alerts: alerts(), standardInputNote: evidence.media == .standardInput ? words.text("media.stdin") : nil,
      name: Text(name), path: Text(video.path), sha: Text(video.sha256),
      hashMatches: evidence.media.matches,
      verdictClass: Text(PageChrome.verdictID(verdict)),
      verdict: words.text("verdict." + PageChrome.verdictID(verdict)),
      verdictValue: Text(JSONValue(verdict?.rawValue).dataValue),
      scoreValue: Text(JSONValue(score).dataValue), scoreShown: Text(format.score(score)),
      scoreLabel: words.text(evidence.input.isStill ? "video.score.still" : "video.score"),
      scale: scale(score),
      toc: Self.sections.enumerated().map { index, id in
        VideoPage.TocEntry(
          anchor: Text(id), number: Text(String(index + 1)),
          title: words.text("sec." + id))
      },
      provenance: provenance(), verdictText: verdictText(), timeline: timeline(), gallery: gallery(),
      suspects: suspects(), reproduce: reproduce(), glossary: glossary())
  }

  private func alerts() -> [VideoPage.Alert] {
    var alerts: [VideoPage.Alert] = []
    switch evidence.media {
    case .matches: break
    case .changed(let now):
      alerts.append(
        VideoPage.Alert(message: words.text("prov.hash.mismatch"), detail: words.text("prov.hash.now", ["hash": now])))
    case .unreadable(let path):
      alerts.append(
        VideoPage.Alert(
          message: words.text("prov.hash.unreadable"), detail: words.text("prov.hash.tried", ["path": path])))
    case .standardInput: break
    }
    if let refusal = evidence.pictureRefusal {
      let hint = refusal.code == .tooLarge ? " " + words.text("prov.decode_failed.max_pixels").shown : ""
      alerts.append(
        VideoPage.Alert(message: words.text("prov.decode_failed"), detail: Text(refusal.description + hint)))
    }
    if summary == nil { alerts.append(VideoPage.Alert(message: words.text("records.incomplete"))) }
    for problem in evidence.input.problems {
      alerts.append(
        VideoPage.Alert(
          message: words.text("cell.partial", ["problem": IndexPageBuilder.meaning(of: problem.error, words).shown]),
          detail: Text(problem.message)))
    }
    return alerts
  }

  private func scale(_ score: Double?) -> VideoPage.Scale? {
    guard let score, let mode = evidence.mode else { return nil }
    return VideoPage.Scale(
      meterStyle: PageChrome.meterStyle(score, mode),
      lowLeft: Text(SVGNumber.string(mode.noEvidenceBelow * 100) + "%"), low: Text(format.score(mode.noEvidenceBelow)),
      highLeft: Text(SVGNumber.string(mode.likelyManipulatedFrom * 100) + "%"),
      high: Text(format.score(mode.likelyManipulatedFrom)))
  }
}
