import SeamScanImaging
import SeamScanRecords

extension VideoPageBuilder {
  /// §4: a card per track, with a face from the original media when it still matches its hash.
  func gallery() -> Gallery {
    Gallery(
      intro: words.text("tracks.intro", ["n": String(evidence.mode?.minimumFrames ?? 0)]),
      derivedNote: evidence.mode == nil ? Text("") : words.text("tracks.derived"),
      cards: evidence.tracks.map { track in
        let lead = isLead(track)
        let shown = evidence.thumbnails[track.id]
        let thumb = shown.flatMap { shown in
          evidence.pictures[shown.frame.frame].flatMap {
            EvidencePicture.thumbnail($0, Self.around(shown.face.box, by: 0.2))
          }
        }
        return Gallery.Card(
          id: Text(String(track.id)), lead: lead, thumb: thumb,
          alt: words.text(
            "track.thumb_alt",
            ["n": String(track.id), "time": format.timecode(shown?.frame.ptsTime ?? track.firstTime)]),
          noPicture: thumb == nil ? noPicture() : nil, colour: Text(TimelineChart.colour(ofTrack: track.id)),
          name: words.text("track.name", ["n": String(track.id)]), span: span(of: track),
          frames: words.text(
            "track.frames",
            ["counted": format.integer(track.framesCounted), "total": format.integer(track.faces)]),
          score: track.score.map {
            Gallery.Card.Score(
              line: words.text("track.score", ["score": format.score($0)]),
              meterStyle: PageChrome.meterStyle($0, evidence.mode))
          },
          notScored: track.score == nil && evidence.mode != nil
            ? words.text("track.not_scored", ["n": String(evidence.mode?.minimumFrames ?? 0)]) : nil,
          median: track.medianAlignedSize.map { words.text("track.median_size", ["px": format.integer($0)]) },
          leadTag: lead ? words.text("track.sets_video_score") : nil,
          excludedTag: track.faceExclusion.map(excluded))
      })
  }

  /// Why a panel has no picture.
  func noPicture() -> Text {
    switch evidence.media {
    case .matches: return words.text("frame.no_picture.decode")
    case .changed: return words.text("frame.no_picture")
    case .unreadable: return words.text("frame.no_picture.unreadable")
    case .standardInput: return words.text("frame.no_picture.stdin")
    }
  }

  /// A face box `[x, y, w, h]` grown by `margin` of its size on every side.
  static func around(_ box: [Int], by margin: Double) -> PixelRect {
    guard box.count == 4 else { return PixelRect(x: 0, y: 0, width: 0, height: 0) }
    let dx = Int((Double(box[2]) * margin).rounded())
    let dy = Int((Double(box[3]) * margin).rounded())
    return PixelRect(x: box[0] - dx, y: box[1] - dy, width: box[2] + 2 * dx, height: box[3] + 2 * dy)
  }
}
