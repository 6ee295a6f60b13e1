import Foundation
import SeamScanRecords
import SeamScanTestSupport
import Testing

@testable import SeamScanReport

/// The summary record holds the scene cuts the tracker saw, and the report marks them. On a clip
/// with one hard cut that is exactly the frame where the scan's tracks restart.
@Suite struct SceneCutTests {
  @Test func theCutIsWhereTheTracksRestart() throws {
    let media = try GeneratedMedia.makeFolder("cut")
    let filter =
      "[0:v]trim=end_frame=40,setpts=PTS-STARTPTS[a];[0:v]trim=start_frame=40:end_frame=80,setpts=PTS-STARTPTS,"
      + "hflip[b];[a][b]concat=n=2:v=1[v]"
    try GeneratedMedia.ffmpeg(
      [
        "-i", SampleMedia.pan.path, "-filter_complex", filter, "-map", "[v]", "-c:v", "libx264", "-preset", "ultrafast",
      ],
      output: media.appendingPathComponent("cut.mp4"))
    let folder = try SampleScans.scan(["cut.mp4"], name: "cut", in: media)
    let input = try InputRecords.read(try SampleScans.output(for: "cut.mp4", in: folder))
    #expect(input.summary?.sceneCuts == [40])
    let tracksBefore = Set(input.frames.filter { $0.frame < 40 }.flatMap { $0.faces.map(\.track) })
    let tracksAfter = Set(input.frames.filter { $0.frame >= 40 }.flatMap { $0.faces.map(\.track) })
    #expect(!tracksBefore.isEmpty && !tracksAfter.isEmpty && tracksBefore.isDisjoint(with: tracksAfter))

    let page = try SampleScans.html(try #require(try SampleScans.report(folder, .en, mediaRoot: media).pages.first))
    #expect(page.components(separatedBy: "<title>scene cut · 00:01.60</title>").count == 2)
  }
}
