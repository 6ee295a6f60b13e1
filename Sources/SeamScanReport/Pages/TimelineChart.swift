import SeamScanRecords

/// §3's chart: what the template draws, in SVG user units (1000 × 270).
struct TimelineChart {
  struct Band {
    let x, w, span: Text
  }
  struct Threshold {
    let y, labelX, labelY, value, title: Text
  }
  struct YTick {
    let y, tickX, labelX, labelY, label: Text
  }
  struct XTick {
    let x, tickY, labelY, label: Text
  }
  struct Cut {
    let x, marker, title: Text
  }
  struct Gap {
    let marker, title: Text
  }
  struct Series {
    let d, colour, strokeWidth, title: Text
    let dashed: Bool
  }
  struct TrackLabel {
    let x, y, colour, text: Text
  }
  struct Marker {
    let x, y, textY, number, title: Text
  }

  let width = Text("1000")
  let height = Text("270")
  let left, right, top, bottom, plotWidth, plotHeight, highZone, middleY, axisX, axisY, guideTop: Text
  let bands: [Band]
  let thresholds: [Threshold]
  let yTicks: [YTick]
  let xTicks: [XTick]
  let cuts: [Cut]
  let gaps: [Gap]
  let series: [Series]
  let trackLabels: [TrackLabel]
  let markers: [Marker]

  static let palette = ["#2f6690", "#b5523f", "#5b8c5a", "#8e6c8a", "#c28f2c", "#3a7d7c", "#6b5b95", "#a0522d"]
  static func colour(ofTrack id: Int) -> String { palette[(max(id, 1) - 1) % palette.count] }

  /// Plot area in user units.
  struct PlotArea {
    let x0 = 48.0, x1 = 948.0, y0 = 26.0, y1 = 226.0
    let t0: Double, t1: Double
    func x(_ time: Double) -> Double { x0 + (x1 - x0) * (time - t0) / (t1 - t0) }
    func y(_ score: Double) -> Double { y0 + (y1 - y0) * (1 - min(1, max(0, score))) }
  }

  init(
    frames: [FrameRecord], tracks: [TrackStats], thresholds mode: ScoringModeOptions?, chosen: [ChosenFace],
    cuts cutFrames: [Int], words: Phrasebook, format: LocalFormat
  ) {
    let t0 = frames.first?.ptsTime ?? 0
    let plot = PlotArea(t0: t0, t1: max(frames.last?.ptsTime ?? 1, t0 + 0.001))
    let n = SVGNumber.text
    left = n(plot.x0)
    right = n(plot.x1)
    top = n(plot.y0)
    bottom = n(plot.y1)
    plotWidth = n(plot.x1 - plot.x0)
    plotHeight = n(plot.y1 - plot.y0)
    highZone = n(plot.y(mode?.likelyManipulatedFrom ?? 1) - plot.y0)
    middleY = n((plot.y0 + plot.y1) / 2)
    axisX = n((plot.x0 + plot.x1) / 2)
    axisY = n(plot.y1 + 38)
    guideTop = n(plot.y0 - 8)
    let step = Self.frameStep(frames)

    bands = Self.faceless(frames).map { run in
      let start = plot.x(run.first!.ptsTime)
      let end = plot.x(min(plot.t1, run.last!.ptsTime + step))
      return Band(
        x: n(start), w: n(max(1, end - start)),
        span: Text(format.timecode(run.first!.ptsTime) + " – " + format.timecode(run.last!.ptsTime)))
    }
    thresholds = [
      mode.map { ($0.likelyManipulatedFrom, "timeline.threshold.high", "high") },
      mode.map { ($0.noEvidenceBelow, "timeline.threshold.low", "low") },
    ].compactMap { $0 }.map { value, key, name in
      let y = plot.y(value)
      return Threshold(
        y: n(y), labelX: n(plot.x1 + 5), labelY: n(y + 4), value: Text(format.score(value)),
        title: words.text(key, [name: format.score(value)]))
    }
    yTicks = [0, 0.25, 0.5, 0.75, 1].map { value in
      let y = plot.y(value)
      return YTick(
        y: n(y), tickX: n(plot.x0 - 4), labelX: n(plot.x0 - 7), labelY: n(y + 4),
        label: Text(value == 0 || value == 1 ? format.decimal(value, places: 0) : format.decimal(value, places: 2)))
    }
    xTicks = Self.timeTicks(from: plot.t0, to: plot.t1).map { time in
      XTick(
        x: n(plot.x(time)), tickY: n(plot.y1 + 4), labelY: n(plot.y1 + 16),
        label: Text(time.rounded() == time ? format.duration(time) : format.durationTenths(time)))
    }
    let times = Dictionary(frames.map { ($0.frame, $0.ptsTime) }, uniquingKeysWith: { first, _ in first })
    cuts = cutFrames.compactMap { frame in
      times[frame].map { time in
        let x = plot.x(time)
        return Cut(
          x: n(x),
          marker: Text("M\(SVGNumber.string(x - 5)),14 L\(SVGNumber.string(x + 5)),14 L\(SVGNumber.string(x)),21 Z"),
          title: Text(words.text("timeline.legend.scene_cut").shown + " · " + format.timecode(time)))
      }
    }
    gaps = Self.sequenceGaps(frames, step: step).map { before, after in
      let x = plot.x((before + after) / 2)
      let y = plot.y1 - 7
      let cross =
        "M\(SVGNumber.string(x - 4)),\(SVGNumber.string(y - 4)) L\(SVGNumber.string(x + 4)),"
        + "\(SVGNumber.string(y + 4)) M\(SVGNumber.string(x - 4)),\(SVGNumber.string(y + 4)) "
        + "L\(SVGNumber.string(x + 4)),\(SVGNumber.string(y - 4))"
      return Gap(
        marker: Text(cross),
        title: words.text(
          "timeline.gap.title", ["from": format.timecode(before), "to": format.timecode(after)]))
    }
    series = tracks.flatMap { track in
      Self.series(of: track.id, in: frames, plot: plot).map { counted, points in
        Series(
          d: Text(points), colour: Text(counted ? Self.colour(ofTrack: track.id) : "#9aa5b1"),
          strokeWidth: Text(counted ? "1.4" : "1"),
          title: words.text(counted ? "track.name" : "timeline.series.excluded", ["n": String(track.id)]),
          dashed: !counted)
      }
    }
    trackLabels = tracks.filter { $0.framesCounted > 0 }.map { track in
      TrackLabel(
        x: n(min(plot.x1 - 20, plot.x(track.firstTime) + 3)), y: n(plot.y1 - 6),
        colour: Text(Self.colour(ofTrack: track.id)), text: Text("#\(track.id)"))
    }
    markers = chosen.enumerated().map { index, face in
      let x = plot.x(face.frame.ptsTime)
      let y = plot.y(face.score)
      return Marker(
        x: n(x), y: n(y), textY: n(y + 4), number: Text(String(index + 1)),
        title: words.text(
          "frame.title",
          [
            "frame": format.integer(face.frame.frame), "time": format.timecode(face.frame.ptsTime),
            "track": String(face.face.track),
          ]))
    }
  }

  /// The usual time between frames: the median step.
  static func frameStep(_ frames: [FrameRecord]) -> Double {
    let steps = zip(frames.dropFirst(), frames).map { $0.ptsTime - $1.ptsTime }.filter { $0 > 0 }.sorted()
    return steps.isEmpty ? 0.04 : steps[steps.count / 2]
  }

  /// Runs of analysed frames with no face.
  static func faceless(_ frames: [FrameRecord]) -> [[FrameRecord]] {
    var runs: [[FrameRecord]] = []
    var current: [FrameRecord] = []
    for frame in frames {
      if frame.analysed && frame.faces.isEmpty {
        current.append(frame)
      } else if frame.analysed, !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// Where the frame sequence skips more than one and a half frame steps: frames the decoder could not give.
  static func sequenceGaps(_ frames: [FrameRecord], step: Double) -> [(Double, Double)] {
    zip(frames, frames.dropFirst()).compactMap { previous, next in
      next.ptsTime - previous.ptsTime > 1.5 * step ? (previous.ptsTime, next.ptsTime) : nil
    }
  }

  /// Round times for the axis, at most about ten.
  static func timeTicks(from t0: Double, to t1: Double) -> [Double] {
    let steps: [Double] = [0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200]
    let step = steps.first { (t1 - t0) / $0 <= 10 } ?? 7200
    var ticks: [Double] = []
    var time = (t0 / step).rounded(.up) * step
    while time <= t1 + 1e-9 {
      ticks.append(time)
      time += step
    }
    return ticks
  }

  /// A track's scored faces as SVG paths: counted faces (solid) and excluded ones (dotted), each
  /// broken wherever the track has no score. Long runs keep each plot column's lowest and highest point.
  static func series(of track: Int, in frames: [FrameRecord], plot: PlotArea) -> [(Bool, String)] {
    var runs: [Bool: [[SIMD2<Double>]]] = [true: [], false: []]
    var open: [Bool: [SIMD2<Double>]] = [true: [], false: []]
    func close(_ counted: Bool) {
      if let run = open[counted], !run.isEmpty { runs[counted]!.append(run) }
      open[counted] = []
    }
    for frame in frames {
      let face = frame.faces.first { $0.track == track }
      guard let evidence = face?.evidence, let score = evidence.score else {
        close(true)
        close(false)
        continue
      }
      let counted = evidence.excluded == nil
      close(!counted)
      open[counted]!.append(SIMD2(plot.x(frame.ptsTime), plot.y(score)))
    }
    close(true)
    close(false)
    return [true, false].compactMap { counted in
      let paths = runs[counted]!.map { run in
        run.count == 1
          ? "M\(SVGNumber.string(run[0].x - 1)),\(SVGNumber.string(run[0].y)) h2"
          : SVGNumber.path(decimated(run), closed: false)
      }
      return paths.isEmpty ? nil : (counted, paths.joined(separator: " "))
    }
  }

  /// Keeps the first, lowest, highest and last point of each whole-unit column, in order.
  static func decimated(_ run: [SIMD2<Double>]) -> [SIMD2<Double>] {
    guard run.count > 2 * Int((run.last!.x - run.first!.x).rounded(.up) + 1) else { return run }
    var kept: [SIMD2<Double>] = []
    var column: [SIMD2<Double>] = []
    func flush() {
      guard let first = column.first, let last = column.last else { return }
      let low = column.min { $0.y < $1.y }!
      let high = column.max { $0.y < $1.y }!
      var seen: [SIMD2<Double>] = []
      for point in column where point == first || point == low || point == high || point == last {
        if !seen.contains(point) { seen.append(point) }
      }
      kept += seen
      column = []
    }
    for point in run {
      if let first = column.first, point.x.rounded(.down) != first.x.rounded(.down) { flush() }
      column.append(point)
    }
    flush()
    return kept
  }
}
