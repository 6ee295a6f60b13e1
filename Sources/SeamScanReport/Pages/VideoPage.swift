/// The model of one input's page, as the `video` template reads it. Every leaf is ``Text``,
/// ``Markup`` (the report's own sentences), a `Bool` or a number the report computed.
struct VideoPage {
  struct Alert {
    let message: Text
    var detail: Text?
  }
  struct Scale {
    let meterStyle, lowLeft, low, highLeft, high: Text
  }
  struct TocEntry {
    let anchor, number, title: Text
  }

  // Layout
  let lang, title, heading, generated, toolLine, footer, generator, scriptHashes: Text
  let printStyle: Markup
  let isIndex = false
  let say: PhraseKey
  let sayHTML: PhraseKey
  // Exhibit
  let alerts: [Alert]
  /// Said instead of a media check for an input read from standard input.
  let standardInputNote: Text?
  let name, path, sha: Text
  let hashMatches: Bool
  let verdictClass, verdict, verdictValue, scoreValue, scoreShown, scoreLabel: Text
  let scale: Scale?
  let toc: [TocEntry]
  // Sections
  let provenance: Provenance
  let verdictText: VerdictText
  let timeline: TimelineSection
  let gallery: Gallery
  let suspects: Suspects
  let reproduce: Reproduce
  let glossary: Glossary
}

/// §1.
struct Provenance {
  struct ModelRow {
    let role, field, path, package, size, sizeValue, sha: Text
  }
  struct OptionRow {
    let key, path, shown, value: Text
    let unset: Bool
  }
  let fileFacts: [Fact]
  let analysisFacts: [Fact]
  let models: [ModelRow]
  let options: [OptionRow]
}

/// §2.
struct VerdictText {
  struct Rates {
    struct Row {
      let label, fraction, kind: Text
    }
    let rows: [Row]
    let source: Markup
    let lowDetection: Text?
  }
  let lead, means: Text
  let reasonLong: Text?
  let howScored, thresholds: Text
  let notMeanLikelyManipulated: Markup
  let rates: Rates?
  let ratesMissing: Text?
}

/// §3.
struct TimelineSection {
  struct LegendTrack {
    let colour, name: Text
  }
  struct TrackRow {
    let name, span, frames, score, status: Text
  }
  let chart: TimelineChart?
  let stillNote: Text?
  let legendTracks: [LegendTrack]
  let thresholdLegend: Text
  let caption: Text
  let notes: [Text]
  let trackRows: [TrackRow]
}

/// §4.
struct Gallery {
  struct Card {
    struct Score {
      let line, meterStyle: Text
    }
    let id: Text
    let lead: Bool
    let thumb: DataURI?
    let alt: Text
    let noPicture: Text?
    let colour, name, span, frames: Text
    let score: Score?
    let notScored, median, leadTag, excludedTag: Text?
  }
  let intro, derivedNote: Text
  let cards: [Card]
}

/// §5.
struct Suspects {
  let intro: Text
  let landmarkNote: Text?
  let pictureNote: Text?
  let frames: [Suspect]
}

struct Suspect {
  struct Point {
    let x, y: Text
  }
  struct Landmarks {
    let points: [Point]
  }
  struct MapDrawing {
    struct Area {
      let d, colour, opacity, title: Text
    }
    struct Line {
      let d, colour, opacity, width, dash, title: Text
      let dashed: Bool
    }
    let areas: [Area]
    let lines: [Line]
  }
  struct RegionRow {
    let swatch, name: Text
    let cues: Text?
    let sum: Text
  }
  struct CueRow {
    struct Bar {
      let side, style: Text
    }
    let name, family, familyName, cueField, rawValue, value, rawContribution: Text
    let bar: Bar?
    let contribution: Text
  }

  let number, field, scoreValue, scoreLine, meterStyle, title: Text
  let frameWidth, frameHeight: Text
  let wholeFrame: DataURI?
  let boxX, boxY, boxW, boxH, boxStroke, boxInner: Text
  let cropX, cropY, cropW, cropH: Text
  let fullCaption: Text
  let facts: [Fact]
  let zoomWidth, zoomHeight, faceCaption: Text
  let faceCrop: DataURI?
  let thin, hullOuter, dash, hairline, dot: Text
  let hull: Text?
  let landmarks: Landmarks?
  let map: MapDrawing?
  let mapCaption: Text
  let regions: [RegionRow]
  let topNote: Text
  let topCues: [CueRow]
  let hasMoreCues: Bool
  let allCues: Text
  let moreCues: [CueRow]
  let formula: Text
}

/// §6.
struct Reproduce {
  let intro: Markup
  let requires: Text
  let hashCommand, scanCommand: TextLines
  let fixedNote: Text?
  let compareCommand: TextLines
}

/// §7.
struct Glossary {
  struct Family {
    let id, name, cues, what, region: Text
  }
  let families: [Family]
}
