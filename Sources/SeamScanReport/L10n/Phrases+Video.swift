/// The video page: provenance, timeline, tracks and how to reproduce.
extension Phrases {
  static let video: [String: Phrase] = [
    "video.exhibit": Phrase(en: "Input", vi: "Tệp phân tích"),
    "video.score": Phrase(en: "Video score", vi: "Điểm của video"),
    "video.score.still": Phrase(en: "Image score", vi: "Điểm của ảnh"),
    "video.score.scale": Phrase(
      en: "0 = no trace of a swap, 1 = strongest traces", vi: "0 = không có dấu vết ghép, 1 = dấu vết rõ nhất"),
    "sec.provenance": Phrase(en: "Provenance", vi: "Thông tin tệp và quá trình phân tích"),
    "sec.verdict": Phrase(en: "The verdict in words", vi: "Diễn giải kết luận"),
    "sec.timeline": Phrase(en: "Score over time", vi: "Diễn biến điểm theo thời gian"),
    "sec.tracks": Phrase(en: "Face tracks", vi: "Các chuỗi khuôn mặt"),
    "sec.frames": Phrase(en: "Most suspicious frames", vi: "Các khung hình đáng ngờ nhất"),
    "sec.reproduce": Phrase(en: "How to reproduce", vi: "Cách tái lập kết quả"),
    "sec.glossary": Phrase(en: "What each cue measures", vi: "Ý nghĩa các chỉ số đo"),
    "prov.file": Phrase(en: "The file", vi: "Tệp"),
    "prov.path": Phrase(en: "Path", vi: "Đường dẫn"),
    "prov.size": Phrase(en: "Size", vi: "Dung lượng"),
    "prov.size.value": Phrase(en: "{bytes} bytes ({human})", vi: "{bytes} byte ({human})"),
    "prov.sha256": Phrase(en: "SHA-256", vi: "Mã băm SHA-256"),
    "prov.hash.ok": Phrase(
      en: "Checked against the file when this report was made: it matches.",
      vi: "Đã đối chiếu với tệp khi lập báo cáo: khớp."),
    "prov.hash.mismatch": Phrase(
      en:
        "Warning: the file at this path no longer has this SHA-256. No picture was taken from it; everything below describes the file as it was when scanned.",
      vi:
        "Cảnh báo: tệp tại đường dẫn này không còn mã băm SHA-256 như trên. Báo cáo không lấy hình ảnh nào từ tệp này; mọi số liệu dưới đây mô tả tệp tại thời điểm quét."
    ),
    "prov.hash.unreadable": Phrase(
      en: "The file could not be opened when this report was made, so no picture is shown.",
      vi: "Không mở được tệp khi lập báo cáo nên không có hình ảnh minh họa."),
    "prov.hash.now": Phrase(en: "SHA-256 of the file now: {hash}", vi: "Mã băm SHA-256 hiện tại của tệp: {hash}"),
    "prov.container": Phrase(en: "Container", vi: "Định dạng vùng chứa"),
    "prov.codec": Phrase(en: "Codec", vi: "Chuẩn nén (codec)"),
    "prov.pix_fmt": Phrase(en: "Pixel format", vi: "Định dạng điểm ảnh"),
    "prov.coded_size": Phrase(en: "Coded size", vi: "Kích thước mã hóa"),
    "prov.display_size": Phrase(en: "Displayed size", vi: "Kích thước hiển thị"),
    "prov.sar": Phrase(en: "Sample aspect ratio", vi: "Tỷ lệ cạnh điểm ảnh (SAR)"),
    "prov.sar.recorded": Phrase(en: "recorded as {sar}", vi: "bản ghi ghi là {sar}"),
    "prov.rotation": Phrase(en: "Rotation", vi: "Góc xoay"),
    "prov.color_range": Phrase(en: "Colour range", vi: "Dải màu"),
    "prov.fps": Phrase(en: "Frame rate", vi: "Tốc độ khung hình"),
    "prov.fps.value": Phrase(en: "{fps} frames/s", vi: "{fps} khung hình/giây"),
    "prov.duration": Phrase(en: "Duration", vi: "Thời lượng"),
    "prov.nb_frames": Phrase(en: "Frames declared by the container", vi: "Số khung hình theo khai báo của tệp"),
    "prov.frames_decoded": Phrase(en: "Frames decoded", vi: "Số khung hình đã giải mã"),
    "prov.frames_analysed": Phrase(en: "Frames analysed", vi: "Số khung hình đã phân tích"),
    "prov.frames_with_face": Phrase(en: "Frames with a face", vi: "Số khung hình có khuôn mặt"),
    "prov.decode_errors": Phrase(en: "Decode errors", vi: "Số lỗi giải mã"),
    "prov.truncated": Phrase(en: "File truncated", vi: "Tệp bị cắt cụt"),
    "prov.analysis": Phrase(en: "The analysis", vi: "Quá trình phân tích"),
    "prov.tool": Phrase(en: "Tool", vi: "Công cụ"),
    "prov.schema": Phrase(en: "Record format", vi: "Định dạng bản ghi"),
    "prov.scoring_model": Phrase(en: "Scoring model", vi: "Mô hình chấm điểm"),
    "prov.fused_model": Phrase(
      en: "Fused model (cue model and face network)", vi: "Mô hình kết hợp (mô hình dấu hiệu và mạng khuôn mặt)"),
    "prov.scan_time": Phrase(en: "Scan started", vi: "Thời điểm bắt đầu quét"),
    "prov.scan_took": Phrase(en: "Scan took", vi: "Thời gian quét"),
    "prov.scan_took.value": Phrase(en: "{seconds} s, {threads} threads", vi: "{seconds} giây, {threads} luồng xử lý"),
    "prov.records_file": Phrase(en: "Records file", vi: "Tệp bản ghi"),
    "prov.records_sha256": Phrase(en: "SHA-256 of the records file", vi: "Mã băm SHA-256 của tệp bản ghi"),
    "prov.models": Phrase(en: "Model files", vi: "Tệp mô hình"),
    "prov.options": Phrase(en: "Every option that can change a record", vi: "Mọi tham số có thể làm thay đổi bản ghi"),
    "prov.option.unset": Phrase(en: "not set", vi: "không đặt"),
    "timeline.caption": Phrase(
      en:
        "Score of each frame, one line per face track. Dashed lines: the verdict thresholds. Grey bands: no face. Ticks along the top: scene cuts. Crosses along the bottom: gaps in the frame sequence, where the decoder skipped damaged frames. Numbered circles: the frames shown in section {section}.",
      vi:
        "Điểm của từng khung hình, mỗi chuỗi khuôn mặt một đường. Đường nét đứt: các ngưỡng kết luận. Dải xám: không có khuôn mặt. Vạch phía trên: chuyển cảnh. Dấu ✕ phía dưới: chỗ trống trong chuỗi khung hình, nơi bộ giải mã bỏ qua khung hình hỏng. Số trong vòng tròn: các khung hình trình bày ở mục {section}."
    ),
    "timeline.axis.time": Phrase(en: "time (min:s)", vi: "thời gian (phút:giây)"),
    "timeline.axis.score": Phrase(en: "score", vi: "điểm"),
    "timeline.threshold.high": Phrase(en: "likely manipulated ≥ {high}", vi: "có khả năng bị ghép mặt ≥ {high}"),
    "timeline.threshold.low": Phrase(en: "no evidence found < {low}", vi: "không phát hiện dấu hiệu < {low}"),
    "timeline.legend.excluded": Phrase(en: "excluded face (does not count)", vi: "khuôn mặt bị loại (không tính điểm)"),
    "timeline.legend.no_face": Phrase(en: "no face", vi: "không có khuôn mặt"),
    "timeline.legend.scene_cut": Phrase(en: "scene cut", vi: "chuyển cảnh"),
    "timeline.legend.top_frame": Phrase(en: "frame shown below", vi: "khung hình trình bày bên dưới"),
    "timeline.null_note": Phrase(
      en: "A gap in a line is a frame with no score (null): no evidence, never 0.",
      vi: "Chỗ đứt trên đường là khung hình không có điểm (null): không có dữ liệu, không phải điểm 0."),
    "timeline.as_table": Phrase(en: "The same as a table", vi: "Xem dạng bảng"),
    "tracks.intro": Phrase(
      en:
        "A track is one face followed from frame to frame; a scene cut starts new tracks. The video score is that of the most suspicious track with at least {n} counted frames.",
      vi:
        "Chuỗi khuôn mặt là một khuôn mặt được bám theo qua các khung hình liên tiếp; mỗi lần chuyển cảnh bắt đầu chuỗi mới. Điểm của video là điểm của chuỗi đáng ngờ nhất có ít nhất {n} khung hình được tính."
    ),
    "track.name": Phrase(en: "Track #{n}", vi: "Chuỗi #{n}"),
    "track.frames": Phrase(en: "{counted} of {total} frames counted", vi: "{counted}/{total} khung hình được tính"),
    "track.score": Phrase(en: "Track score {score}", vi: "Điểm chuỗi {score}"),
    "track.sets_video_score": Phrase(en: "sets the video score", vi: "quyết định điểm của video"),
    "track.not_scored": Phrase(
      en: "fewer than {n} counted frames: no track score", vi: "ít hơn {n} khung hình được tính: không có điểm chuỗi"),
    "track.median_size": Phrase(en: "median aligned size {px} px", vi: "kích thước căn chỉnh trung vị {px} px"),
    "track.thumb_alt": Phrase(en: "Face of track #{n} at {time}", vi: "Khuôn mặt của chuỗi #{n} lúc {time}"),
    "repro.intro": Phrase(
      en:
        "With the same tool version and model files, another analyst running the same command gets byte-identical records, apart from the `timing` fields (and `path`, if the file is named differently).",
      vi:
        "Với cùng phiên bản công cụ và cùng các tệp mô hình, cán bộ phân tích khác chạy cùng lệnh sẽ thu được các bản ghi giống hệt từng byte, trừ các trường thời gian chạy `timing` (và `path` nếu tệp được gọi bằng đường dẫn khác)."
    ),
    "repro.requires": Phrase(
      en: "Needs {tool} {version} and the model files of section {section} with the same SHA-256.",
      vi: "Cần {tool} phiên bản {version} và các tệp mô hình ở mục {section} với cùng mã băm SHA-256."),
    "repro.step.hash": Phrase(
      en: "Check that the file is the one scanned (expected SHA-256 above):",
      vi: "Kiểm tra tệp có đúng là tệp đã quét (mã băm SHA-256 mong đợi ở trên):"),
    "repro.step.scan": Phrase(en: "Run the same scan:", vi: "Chạy lại lần quét với cùng tham số:"),
    "repro.step.compare": Phrase(
      en: "Compare the records, leaving out `timing` and `path`:", vi: "So sánh các bản ghi, bỏ qua `timing` và `path`:"
    ),
    "records.incomplete": Phrase(
      en:
        "The records file ends without a summary record: the scan of this input was interrupted. Everything below comes from the frames that were recorded.",
      vi:
        "Tệp bản ghi kết thúc mà không có bản ghi tổng kết (summary): lần quét tệp này đã bị gián đoạn. Mọi thông tin dưới đây lấy từ các khung hình đã được ghi lại."
    ),
    "media.stdin": Phrase(
      en:
        "This input was read from standard input when it was scanned (path “-”). There is no file the report could open again, so its SHA-256 was not checked again and no picture is shown. To check the file you hold, give it to the commands below on standard input (`< FILE`).",
      vi:
        "Dữ liệu này được đọc từ đầu vào chuẩn khi quét (đường dẫn “-”). Không có tệp nào để báo cáo mở lại, nên mã băm SHA-256 không được kiểm tra lại và không có hình. Để kiểm tra tệp bạn đang giữ, hãy đưa tệp đó vào đầu vào chuẩn của các lệnh dưới đây (`< TỆP`)."
    ),
    "prov.decode_failed": Phrase(
      en: "The file matches its SHA-256, but its pictures could not be decoded again, so none is shown.",
      vi: "Tệp khớp mã băm SHA-256 nhưng không giải mã lại được hình ảnh, nên không có hình nào được hiển thị."),
    "prov.decode_failed.max_pixels": Phrase(
      en: "Make the report again with the `--max-pixels` the scan was run with.",
      vi: "Hãy lập lại báo cáo với tham số `--max-pixels` đã dùng khi quét."),
    "prov.hash.tried": Phrase(en: "Path tried: {path}", vi: "Đường dẫn đã thử: {path}"),
    "prov.models.none": Phrase(
      en: "No model files (scanned with --no-faces)", vi: "Không dùng tệp mô hình (quét với --no-faces)"),
    "prov.scan_time.unknown": Phrase(
      en: "not recorded (records written before SeamScan recorded it)",
      vi: "không được ghi (bản ghi được tạo trước khi SeamScan ghi thông tin này)"),
    "repro.fixed": Phrase(
      en: "Options without a flag ({keys}) are fixed by the tool version.",
      vi: "Các tham số không có cờ dòng lệnh ({keys}) do phiên bản công cụ quy định."),
    "timeline.cuts_unknown": Phrase(
      en: "Scene cuts are not marked: these records, made by an earlier version, do not hold them.",
      vi: "Không đánh dấu chuyển cảnh: bản ghi này do phiên bản cũ tạo ra nên không lưu chuyển cảnh."
    ),
    "timeline.tracks_need_rescan": Phrase(
      en:
        "These records use schema 1, which kept no per-track results: track scores and which model judged need a rescan with this version.",
      vi:
        "Bản ghi này dùng lược đồ 1, không lưu kết quả theo từng vệt: điểm của từng vệt và mô hình đã đánh giá cần được phân tích lại bằng phiên bản này."
    ),
    "timeline.cuts_found": Phrase(
      en: "Scene cuts are those the face tracker saw during the scan (threshold {threshold}); every track ends at one.",
      vi:
        "Chuyển cảnh là những chỗ bộ bám khuôn mặt phát hiện trong lúc phân tích (ngưỡng {threshold}); mọi vệt khuôn mặt đều kết thúc tại đó."
    ),
    "timeline.decode_errors": Phrase(
      en: "{n} decode errors: damaged packets or frames were skipped; a ✕ marks each gap in the frame sequence.",
      vi:
        "{n} lỗi giải mã: các gói dữ liệu hoặc khung hình hỏng đã bị bỏ qua; dấu ✕ đánh dấu mỗi chỗ trống trong chuỗi khung hình."
    ),
    "timeline.gap.title": Phrase(
      en: "gap in the frame sequence: {from} – {to}", vi: "chỗ trống trong chuỗi khung hình: {from} – {to}"),
    "timeline.legend.gap": Phrase(en: "gap in the frame sequence", vi: "chỗ trống trong chuỗi khung hình"),
    "timeline.still": Phrase(
      en: "A still image has one frame: its score is shown above and its face in section 5.",
      vi: "Ảnh tĩnh chỉ có một khung hình: điểm của ảnh ở phía trên, khuôn mặt ở mục 5."),
    "timeline.truncated": Phrase(
      en: "The file is truncated: the records end at {time}.", vi: "Tệp bị cắt cụt: bản ghi kết thúc tại {time}."),
    "timeline.series.excluded": Phrase(en: "Track #{n}, excluded faces", vi: "Chuỗi #{n}, khuôn mặt bị loại"),
    "tracks.derived": Phrase(
      en:
        "Track scores are computed by this report from the recorded frame scores, the way the scan computes the video score; they are not in the records.",
      vi:
        "Điểm của từng chuỗi do báo cáo tính từ điểm khung hình đã ghi, theo đúng cách lần quét tính điểm của video; điểm chuỗi không có trong bản ghi."
    ),
    "tracks.none": Phrase(en: "No face was found.", vi: "Không tìm thấy khuôn mặt nào."),
  ]
}
