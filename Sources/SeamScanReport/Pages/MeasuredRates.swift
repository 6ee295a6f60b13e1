/// The error rates the project measured at a scoring model's thresholds (README, "Scores and
/// verdicts"): `Scripts/evaluate.py --crf35 --stills` on dev-media, the first 150 frames of each clip.
/// They belong to one model, the fused one or, with `--network-every 0`, the cue model alone;
/// records of another model get no figures rather than wrong ones.
struct MeasuredRates: Sendable {
  struct Row: Sendable {
    /// Phrase key of what was tested.
    let tested: String
    let flagged: Int
    let of: Int
    let isFalseAlarm: Bool
  }

  let rows: [Row]

  /// Known fakes flagged as delivered (the `rates.fake_delivered` row): stated plainly, because it is low.
  var detection: (flagged: Int, of: Int)? {
    rows.first { $0.tested == "rates.fake_delivered" }.map { ($0.flagged, $0.of) }
  }

  static let byModel: [String: MeasuredRates] = [
    "seamscan-fused-video-2026-12-08": MeasuredRates(
      rows: [
        Row(tested: "rates.real_delivered", flagged: 0, of: 24, isFalseAlarm: true),
        Row(tested: "rates.real_crf35", flagged: 0, of: 24, isFalseAlarm: true),
        Row(tested: "rates.fake_delivered", flagged: 3, of: 14, isFalseAlarm: false),
        Row(tested: "rates.fake_crf35", flagged: 1, of: 14, isFalseAlarm: false),
      ]),
    "seamscan-fused-still-2026-12-08": MeasuredRates(
      rows: [Row(tested: "rates.real_stills", flagged: 0, of: 24, isFalseAlarm: true)]),
    "seamscan-video-synthetic-2026-12-02": MeasuredRates(
      rows: [
        Row(tested: "rates.real_delivered", flagged: 0, of: 24, isFalseAlarm: true),
        Row(tested: "rates.real_crf35", flagged: 0, of: 24, isFalseAlarm: true),
        Row(tested: "rates.fake_delivered", flagged: 2, of: 14, isFalseAlarm: false),
        Row(tested: "rates.fake_crf35", flagged: 1, of: 14, isFalseAlarm: false),
      ]),
    "seamscan-still-2026-12-02": MeasuredRates(
      rows: [Row(tested: "rates.real_stills", flagged: 0, of: 24, isFalseAlarm: true)]),
  ]
}
