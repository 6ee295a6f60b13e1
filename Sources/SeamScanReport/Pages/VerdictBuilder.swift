import SeamScanRecords

extension VideoPageBuilder {
  /// §2: the verdict in words, what it does not say, and the measured rates behind the thresholds.
  func verdictText() -> VerdictText {
    let mode = evidence.mode
    let verdict = summary?.verdict
    let score = summary?.score.map(format.score) ?? "—"
    let low = mode.map { format.score($0.noEvidenceBelow) } ?? "—"
    let high = mode.map { format.score($0.likelyManipulatedFrom) } ?? "—"
    let still = evidence.input.isStill
    let kind = words.raw(still ? "kind.still" : "kind.video")
    let lead: Text
    switch (verdict, summary?.reason) {
    case (.likelyManipulated, _):
      lead = words.text("verdict.lead.likely_manipulated", ["kind": kind, "score": score, "high": high])
    case (.noEvidenceFound, _):
      lead = words.text("verdict.lead.no_evidence_found", ["kind": kind, "score": score, "low": low])
    case (.inconclusive, .scoreBetweenThresholds?):
      lead = words.text("verdict.lead.between", ["kind": kind, "score": score, "low": low, "high": high])
    case (.inconclusive, let reason):
      lead = words.text(
        "verdict.lead.no_verdict", ["reason": reason.map { reasonText($0, long: false).shown } ?? "—"])
    case (.noFace, _): lead = words.text("verdict.lead.no_face")
    case (nil, _): lead = words.text("verdict.lead.not_scored")
    }
    let reasonLong = summary?.reason.flatMap { $0 == .scoreBetweenThresholds ? nil : reasonText($0, long: true) }
    return VerdictText(
      lead: lead,
      means: meaning(of: verdict),
      reasonLong: reasonLong,
      howScored: words.text(
        evidence.input.isStill ? "verdict.how_scored.still" : "verdict.how_scored",
        ["n": String(mode?.minimumFrames ?? 0)]),
      thresholds: mode.map {
        words.text(
          still ? "verdict.thresholds.still" : "verdict.thresholds", ["model": $0.judgedBy, "low": low, "high": high])
      } ?? Text(""),
      notMeanLikelyManipulated: words.markup(
        still ? "notmean.likely_manipulated.still" : "notmean.likely_manipulated"),
      rates: mode.flatMap { rates(for: $0) },
      ratesMissing: mode.flatMap {
        MeasuredRates.byModel[$0.judgedBy] == nil ? words.text("rates.model_mismatch", ["model": $0.judgedBy]) : nil
      })
  }

  /// What a verdict means. The still model's thresholds were set on real photos, the video
  /// model's on real videos, so the two speak of different media.
  private func meaning(of verdict: Verdict?) -> Text {
    let still = evidence.input.isStill
    switch verdict {
    case nil: return words.text("verdict.not_scored.note")
    case .likelyManipulated?:
      return words.text(still ? "verdict.means.likely_manipulated.still" : "verdict.means.likely_manipulated")
    case .noEvidenceFound?:
      return words.text(still ? "verdict.means.no_evidence_found.still" : "verdict.means.no_evidence_found")
    case .inconclusive?, .noFace?: return words.text("verdict.means." + PageChrome.verdictID(verdict))
    }
  }

  private func rates(for mode: ScoringModeOptions) -> VerdictText.Rates? {
    guard let rates = MeasuredRates.byModel[mode.judgedBy] else { return nil }
    return VerdictText.Rates(
      rows: rates.rows.map { row in
        VerdictText.Rates.Row(
          label: words.text(row.tested),
          fraction: words.text("rates.fraction", ["k": format.integer(row.flagged), "n": format.integer(row.of)]),
          kind: words.text(row.isFalseAlarm ? "rates.kind.false_alarm" : "rates.kind.detection"))
      },
      source: words.markup("rates.source", text: ["model": mode.judgedBy]),
      lowDetection: rates.detection.map {
        words.text("rates.low_detection", ["k": format.integer($0.flagged), "n": format.integer($0.of)])
      })
  }

  func reasonText(_ reason: InconclusiveReason, long: Bool) -> Text {
    let id = reason.rawValue.replacingOccurrences(of: " ", with: "_")
    guard long else { return words.text("reason." + id) }
    return words.text("reason." + id + ".long", ["n": String(evidence.mode?.minimumFrames ?? 0)])
  }
}
