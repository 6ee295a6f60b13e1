import SeamScanRecords

extension VideoPageBuilder {
  /// §3: the chart (none for a still, which has one frame), its legend and notes, and the track table.
  func timeline() -> TimelineSection {
    let mode = evidence.mode
    let frames = evidence.input.frames
    var notes: [Text] = []
    if evidence.cuts == nil {
      notes.append(words.text("timeline.cuts_unknown"))
    } else if case .on(let faces) = video.options.faces, !evidence.input.isStill {
      notes.append(words.text("timeline.cuts_found", ["threshold": format.decimal(faces.sceneCutThreshold, places: 0)]))
    }
    if !evidence.tracksRecorded, video.schema == ToolIdentity.previousSchema {
      notes.append(words.text("timeline.tracks_need_rescan"))
    }
    if let summary, summary.decodeErrors > 0 {
      notes.append(words.text("timeline.decode_errors", ["n": format.integer(summary.decodeErrors)]))
    }
    if summary?.truncated == true, let last = frames.last {
      notes.append(words.text("timeline.truncated", ["time": format.timecode(last.ptsTime)]))
    }
    return TimelineSection(
      chart: evidence.input.isStill || frames.isEmpty
        ? nil
        : TimelineChart(
          frames: frames, tracks: evidence.tracks, thresholds: mode, chosen: evidence.chosen,
          cuts: evidence.cuts ?? [], words: words, format: format),
      stillNote: evidence.input.isStill ? words.text("timeline.still") : nil,
      legendTracks: evidence.tracks.filter { $0.framesCounted > 0 }.map { track in
        TimelineSection.LegendTrack(
          colour: Text(TimelineChart.colour(ofTrack: track.id)), name: words.text("track.name", ["n": String(track.id)])
        )
      },
      thresholdLegend: mode.map {
        Text(
          words.text("timeline.threshold.high", ["high": format.score($0.likelyManipulatedFrom)]).shown + "; "
            + words.text("timeline.threshold.low", ["low": format.score($0.noEvidenceBelow)]).shown)
      } ?? Text(""),
      caption: words.text("timeline.caption", ["section": Self.number(of: "frames")]), notes: notes,
      trackRows: evidence.tracks.map { track in
        TimelineSection.TrackRow(
          name: words.text("track.name", ["n": String(track.id)]), span: span(of: track),
          frames: words.text(
            "track.frames",
            ["counted": format.integer(track.framesCounted), "total": format.integer(track.faces)]),
          score: Text(format.score(track.score)), status: status(of: track))
      })
  }

  func span(of track: TrackStats) -> Text {
    Text(format.timecode(track.firstTime) + " – " + format.timecode(track.lastTime))
  }

  /// Why a track does not count, or that it sets the video score.
  func status(of track: TrackStats) -> Text {
    if let exclusion = track.faceExclusion { return excluded(exclusion) }
    if isLead(track) { return words.text("track.sets_video_score") }
    return Text("")
  }

  func excluded(_ exclusion: FaceExclusion) -> Text {
    switch exclusion {
    case .unconfirmed: return words.text("excluded.unconfirmed")
    case .poorFit: return words.text("excluded.poor_landmark_fit")
    case .notSkin: return words.text("excluded.not_skin_coloured")
    }
  }

  /// The track whose score is the video's: the highest-scoring track with a score.
  func isLead(_ track: TrackStats) -> Bool {
    guard let score = track.score else { return false }
    return evidence.tracks.allSatisfy { other in
      guard let otherScore = other.score else { return true }
      return otherScore < score || (otherScore == score && other.id >= track.id)
    }
  }
}
