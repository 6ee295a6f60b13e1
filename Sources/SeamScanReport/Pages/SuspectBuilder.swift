import Foundation
import SeamScanForensics
import SeamScanImaging
import SeamScanRecords

extension VideoPageBuilder {
  /// §5: the most suspicious frames.
  func suspects() -> Suspects {
    let hasLandmarks = video.options.landmarks
    let count = evidence.chosen.count
    return Suspects(
      intro: words.text("frames.intro", ["lead": introLead(count: count).shown]),
      landmarkNote: hasLandmarks ? nil : words.text("frames.no_landmarks"),
      pictureNote: evidence.media.matches || count == 0 ? nil : noPicture(),
      frames: evidence.chosen.enumerated().map { suspect(number: $0 + 1, $1) })
  }

  /// What the section shows: the picture of a still, one frame, or frames kept apart.
  private func introLead(count: Int) -> Text {
    if evidence.input.isStill { return words.text("frames.lead.still") }
    if count == 1 { return words.text("frames.lead.one") }
    let gap = FrameChoice.gap(for: evidence.input.frames, count: count)
    return words.text(
      "frames.lead",
      ["n": format.integer(count), "gap": words.text("unit.seconds", ["n": format.decimal(gap, places: 1)]).shown])
  }

  private func suspect(number: Int, _ chosen: ChosenFace) -> Suspect {
    let width = video.displayWidth
    let height = video.displayHeight
    let face = chosen.face
    let map = EvidenceMap(face: face, frameWidth: width, frameHeight: height)
    let box = face.box.count == 4 ? face.box : [0, 0, 0, 0]
    let frameBounds = PixelRect(x: 0, y: 0, width: width, height: height)
    let crop =
      (map.geometry?.roi ?? Self.around(box, by: 0.5)).intersection(frameBounds) ?? frameBounds
    let side = Double(max(crop.width, crop.height))
    let zoom = max(1, Int((460 / max(side, 1)).rounded()))
    // Frame pixels per screen pixel: the enlarged face is about 460 px wide, the map 320 px.
    let unit = max(side / 460, 1 / Double(zoom))
    let mapUnit = side / 320
    let planes = evidence.pictures[chosen.frame.frame]
    let faceIndex = chosen.frame.faces.firstIndex(of: face) ?? 0
    let field = "frame/\(chosen.frame.frame)/faces/\(faceIndex)"
    let n = SVGNumber.text
    let time = format.timecode(chosen.frame.ptsTime)
    let cues = cueRows(face, field: field)
    return Suspect(
      number: Text(String(number)), field: Text(field),
      scoreValue: Text(JSONValue(face.evidence?.score).dataValue),
      scoreLine: words.text("frame.score", ["score": format.score(face.evidence?.score)]),
      meterStyle: PageChrome.meterStyle(chosen.score, evidence.mode),
      title: words.text(
        "frame.title", ["frame": format.integer(chosen.frame.frame), "time": time, "track": String(face.track)]),
      frameWidth: Text(String(width)), frameHeight: Text(String(height)),
      wholeFrame: planes.flatMap(EvidencePicture.wholeFrame),
      boxX: n(Double(box[0])), boxY: n(Double(box[1])), boxW: n(Double(box[2])), boxH: n(Double(box[3])),
      boxStroke: n(max(2, Double(width) / 320)), boxInner: n(max(1, Double(width) / 640)),
      cropX: n(Double(crop.x)), cropY: n(Double(crop.y)), cropW: n(Double(crop.width)), cropH: n(Double(crop.height)),
      fullCaption: words.text("frame.panel.full", ["w": String(width), "h": String(height)]),
      facts: facts(chosen, field: field, faceIndex: faceIndex),
      zoomWidth: Text(String(crop.width * zoom)), zoomHeight: Text(String(crop.height * zoom)),
      faceCaption: Text(
        words.text("frame.panel.face", ["zoom": String(zoom)]).shown
          + (map.geometry == nil
            ? "" : ": " + words.text("overlay.landmarks").shown + " · " + words.text("overlay.mask_edge").shown)),
      faceCrop: planes.flatMap { EvidencePicture.losslessCrop($0, crop) },
      thin: n(1.2 * unit), hullOuter: n(2.8 * unit),
      dash: Text(SVGNumber.string(3.6 * unit) + " " + SVGNumber.string(2.4 * unit)),
      hairline: n(0.4 * unit), dot: n(2.6 * unit),
      hull: map.geometry == nil ? nil : Text(SVGNumber.path(map.outline(rho: 1), closed: true)),
      landmarks: face.landmarks.map { points in
        Suspect.Landmarks(
          points: points.filter { $0.count == 2 }.map { Suspect.Point(x: n($0[0]), y: n($0[1])) })
      },
      map: drawing(map, unit: mapUnit),
      mapCaption: words.text(map.geometry == nil ? "frame.panel.map.none" : "frame.panel.map"),
      regions: map.regions.map { region in
        let tint = Self.tint(region.sum, largest: map.largestEffect)
        var families: Text?
        if case .ring = region.region {
          families = nil
        } else {
          let ids = Set(region.cues.compactMap { SeamCues.description(of: $0)?.family.id }).sorted()
          families = Text(ids.map { words.raw("cue.family." + $0) }.joined(separator: ", "))
        }
        return Suspect.RegionRow(
          swatch: Text("background:\(tint.colour);opacity:\(tint.opacity)"),
          name: regionName(region.region, peakRho: map.peakRho), cues: families, sum: Text(format.signed(region.sum)))
      },
      topNote: words.text("cues.top", ["n": String(min(8, cues.count))]), topCues: Array(cues.prefix(8)),
      hasMoreCues: cues.count > 8, allCues: words.text("cues.all", ["total": String(cues.count)]),
      moreCues: Array(cues.dropFirst(8)),
      formula: formula(face))
  }

  private func facts(_ chosen: ChosenFace, field: String, faceIndex: Int) -> [Fact] {
    let face = chosen.face
    let t = { (key: String) in words.text(key) }
    var facts = [
      Fact(
        t("frame.box"), Text(face.box.map(format.integer).joined(separator: ", ")), field: field + "/box",
        raw: .array(face.box.map { .int($0) })),
      Fact(
        t("frame.confidence"), Text(format.decimal(face.confidence, places: 3)), field: field + "/confidence",
        raw: .double(face.confidence)),
      Fact(
        t("frame.source"), t("source." + face.source.rawValue), field: field + "/source",
        raw: .string(face.source.rawValue)),
    ]
    if let size = face.evidence?.alignedSize {
      facts.append(
        Fact(
          t("frame.aligned_size"), words.text("unit.pixels", ["n": format.integer(size)]),
          field: field + "/aligned_size", raw: .int(size)))
    }
    if let exclusion = face.evidence?.excluded { facts.append(Fact(t("frame.excluded"), excluded(exclusion))) }
    let frame = chosen.frame
    facts.append(
      Fact(
        t("frame.picture_type"),
        Text(frame.pictType + (frame.keyFrame == 1 ? " · " + words.raw("frame.key_frame") : "")),
        field: "frame/\(frame.frame)/pict_type", raw: .string(frame.pictType)))
    facts.append(
      Fact(
        t("frame.time"), Text(format.timecode(frame.ptsTime)), field: "frame/\(frame.frame)/pts_time",
        raw: .double(frame.ptsTime)))
    return facts
  }

  /// The face's cues, largest effect first, then in the cue list's order.
  func cueRows(_ face: FaceRecord, field: String) -> [Suspect.CueRow] {
    let entries = (face.evidence?.cues?.entries ?? []).sorted {
      let a = abs($0.contribution ?? 0)
      let b = abs($1.contribution ?? 0)
      return a != b ? a > b : (SeamCues.index(of: $0.name) ?? .max) < (SeamCues.index(of: $1.name) ?? .max)
    }
    let largest = entries.map { abs($0.contribution ?? 0) }.max() ?? 0
    return entries.map { entry in
      let family = SeamCues.description(of: entry.name)?.family.id ?? "unknown"
      let bar = entry.contribution.flatMap { value -> Suspect.CueRow.Bar? in
        guard largest > 0, value != 0 else { return nil }
        let width = SVGNumber.string(50 * abs(value) / largest) + "%"
        return value > 0
          ? Suspect.CueRow.Bar(side: Text("p"), style: Text("left:50%;width:" + width))
          : Suspect.CueRow.Bar(side: Text("m"), style: Text("right:50%;width:" + width))
      }
      return Suspect.CueRow(
        name: Text(entry.name), family: Text(family),
        familyName: words.text(family == "unknown" ? "cue.family.unknown" : "cue.family." + family),
        cueField: Text(field + "/cues/" + entry.name), rawValue: Text(JSONValue(entry.value).dataValue),
        value: cueValue(entry, face: face),
        rawContribution: Text(entry.contribution.map { JSONValue.format($0) } ?? ""),
        bar: bar, contribution: entry.contribution.map { Text(format.signed($0)) } ?? words.text("cues.unused"))
    }
  }

  private func cueValue(_ entry: CueTable.Entry, face: FaceRecord) -> Text {
    if let value = entry.value { return Text(format.decimal(value, places: 3)) }
    // A generator-scale cue abstains when the face is under twice the generator's size.
    if let generator = SeamCues.description(of: entry.name)?.generatorSize, let size = face.evidence?.alignedSize,
      size < 2 * generator
    {
      return words.text(
        "cues.abstains_scale",
        ["size": format.integer(size), "min": format.integer(2 * generator), "g": String(generator)])
    }
    return words.text("cues.not_measured")
  }

  /// `score = 1 ÷ (1 + e^−(bias + Σ))` with the recorded numbers.
  private func formula(_ face: FaceRecord) -> Text {
    guard let evidence = face.evidence, let bias = evidence.bias else { return Text("") }
    let sum = (evidence.cues?.entries ?? []).reduce(0) { $0 + ($1.contribution ?? 0) }
    let sumText = sum < 0 ? "(" + format.decimal(sum, places: 3) + ")" : format.decimal(sum, places: 3)
    return words.text(
      "cues.formula",
      ["bias": format.decimal(bias, places: 3), "sum": sumText, "score": format.score(evidence.score)])
  }

  private func regionName(_ region: CueRegion, peakRho: Double?) -> Text {
    switch region {
    case .inner: return words.text("map.region.inner")
    case .ring(let index):
      return words.text(
        "map.region.ring",
        [
          "from": format.decimal(RadialRegions.ringLowerRho(index), places: 1),
          "to": format.decimal(RadialRegions.ringLowerRho(index + 1), places: 1),
        ])
    case .contour: return words.text("map.region.contour")
    case .peak:
      return peakRho.map { words.text("map.region.peak", ["rho": format.decimal($0, places: 1)]) }
        ?? words.text("map.region.peak.unknown")
    case .landmarks: return words.text("map.region.landmarks")
    }
  }

  /// The regions tinted by their sums on the face: red raises the score, blue lowers it.
  private func drawing(_ map: EvidenceMap, unit: Double) -> Suspect.MapDrawing? {
    guard map.geometry != nil else { return nil }
    func colour(_ sum: Double) -> Text { Text(Self.tint(sum, largest: map.largestEffect).colour) }
    func opacity(_ sum: Double) -> Text { Text(Self.tint(sum, largest: map.largestEffect).opacity) }
    var areas: [Suspect.MapDrawing.Area] = []
    var lines: [Suspect.MapDrawing.Line] = []
    for region in map.regions {
      let title = Text(regionName(region.region, peakRho: map.peakRho).shown + ": " + format.signed(region.sum))
      switch region.region {
      case .inner:
        areas.append(
          .init(
            d: Text(SVGNumber.path(map.outline(rho: RadialRegions.ringLowerRho(0)), closed: true)),
            colour: colour(region.sum),
            opacity: opacity(region.sum), title: title))
      case .ring(let index):
        let d =
          SVGNumber.path(map.outline(rho: RadialRegions.ringLowerRho(index + 1)), closed: true) + " "
          + SVGNumber.path(map.outline(rho: RadialRegions.ringLowerRho(index)).reversed(), closed: true)
        areas.append(.init(d: Text(d), colour: colour(region.sum), opacity: opacity(region.sum), title: title))
      case .contour:
        lines.append(
          .init(
            d: Text(SVGNumber.path(map.outline(rho: 1), closed: true)), colour: colour(region.sum),
            opacity: opacity(region.sum), width: SVGNumber.text(9 * unit), dash: Text(""), title: title, dashed: false))
      case .peak:
        guard let rho = map.peakRho else { continue }
        lines.append(
          .init(
            d: Text(SVGNumber.path(map.outline(rho: rho), closed: true)), colour: colour(region.sum),
            opacity: Text("0.9"), width: SVGNumber.text(2.5 * unit),
            dash: Text(SVGNumber.string(5 * unit) + " " + SVGNumber.string(4 * unit)), title: title, dashed: true))
      case .landmarks: continue
      }
    }
    return Suspect.MapDrawing(areas: areas, lines: lines)
  }

  /// Red raises the score, blue lowers it; the stronger the effect, the more opaque.
  static func tint(_ sum: Double, largest: Double) -> (colour: String, opacity: String) {
    (
      sum > 0 ? "#be321e" : "#285aa0",
      String(format: "%.2f", 0.06 + 0.5 * (largest > 0 ? min(1, abs(sum) / largest) : 0))
    )
  }
}
