/// Verdicts, their reasons, what they mean and do not mean, and the measured rates behind them.
extension Phrases {
  static let verdicts: [String: Phrase] = [
    "verdict.likely_manipulated": Phrase(en: "Likely manipulated", vi: "Có khả năng bị ghép mặt"),
    "verdict.inconclusive": Phrase(en: "Inconclusive", vi: "Chưa đủ căn cứ kết luận"),
    "verdict.no_evidence_found": Phrase(en: "No evidence found", vi: "Không phát hiện dấu hiệu ghép mặt"),
    "verdict.no_face": Phrase(en: "No face", vi: "Không tìm thấy khuôn mặt"),
    "verdict.not_scored": Phrase(en: "Not scored", vi: "Không chấm điểm"),
    "verdict.not_scored.note": Phrase(
      en: "scanned with --no-faces or --no-score", vi: "quét với tham số --no-faces hoặc --no-score"),
    "reason.score_between_thresholds": Phrase(en: "score between the thresholds", vi: "điểm nằm giữa hai ngưỡng"),
    "reason.face_too_small": Phrase(en: "face too small", vi: "khuôn mặt quá nhỏ"),
    "reason.face_too_small.long": Phrase(
      en: "face too small (median aligned size under 64 px)",
      vi: "khuôn mặt quá nhỏ (kích thước căn chỉnh trung vị dưới 64 px)"),
    "reason.unstable_track": Phrase(en: "unstable track", vi: "chuỗi khuôn mặt không ổn định"),
    "reason.unstable_track.long": Phrase(
      en: "unstable track (most faces failed the landmark-fit or skin-colour test)",
      vi: "chuỗi khuôn mặt không ổn định (phần lớn khuôn mặt không đạt kiểm tra độ khớp điểm mốc hoặc màu da)"),
    "reason.too_few_frames": Phrase(en: "too few frames", vi: "quá ít khung hình"),
    "reason.too_few_frames.long": Phrase(
      en: "too few frames (fewer than {n} counted frames in every track)",
      vi: "quá ít khung hình (mọi chuỗi khuôn mặt đều có ít hơn {n} khung hình được tính)"),
    "verdict.lead.likely_manipulated": Phrase(
      en: "The {kind} score is {score}, at or above the threshold of {high} for “likely manipulated”.",
      vi: "Điểm của {kind} là {score}, bằng hoặc cao hơn ngưỡng {high} của kết luận “có khả năng bị ghép mặt”."),
    "verdict.lead.between": Phrase(
      en: "The {kind} score is {score}, between the thresholds {low} and {high}.",
      vi: "Điểm của {kind} là {score}, nằm giữa hai ngưỡng {low} và {high}."),
    "verdict.lead.no_verdict": Phrase(
      en: "The tool reached no verdict: {reason}.", vi: "Công cụ không đưa ra kết luận: {reason}."),
    "verdict.lead.no_evidence_found": Phrase(
      en: "The {kind} score is {score}, below the threshold of {low}.",
      vi: "Điểm của {kind} là {score}, thấp hơn ngưỡng {low}."),
    "verdict.lead.no_face": Phrase(
      en: "No face was found in any analysed frame, so nothing was measured.",
      vi: "Không tìm thấy khuôn mặt trong khung hình nào được phân tích nên không có gì để đo."),
    "verdict.how_scored": Phrase(
      en:
        "The video score is that of its most suspicious face track with at least {n} counted frames: the mean of the highest half of that track's frame scores.",
      vi:
        "Điểm của video là điểm của chuỗi khuôn mặt đáng ngờ nhất có ít nhất {n} khung hình được tính, tức là trung bình của một nửa số điểm khung hình cao nhất trong chuỗi đó."
    ),
    "verdict.means.likely_manipulated": Phrase(
      en:
        "What it means: the face shows blending and flicker traces of the kind face-swap tools leave, more strongly than 95% of the real videos the threshold was set on. It is a reason to examine the video closely, not proof that it was manipulated.",
      vi:
        "Ý nghĩa: khuôn mặt có dấu vết hòa trộn và nhấp nháy giống loại dấu vết mà công cụ ghép mặt để lại, rõ hơn 95% số video thật dùng để xác định ngưỡng. Đây là lý do để kiểm tra kỹ video, không phải bằng chứng video đã bị ghép mặt."
    ),
    "verdict.means.likely_manipulated.still": Phrase(
      en:
        "What it means: the face shows blending traces of the kind face-swap tools leave, more strongly than 95% of the real photos the threshold was set on. It is a reason to examine the image closely, not proof that it was manipulated.",
      vi:
        "Ý nghĩa: khuôn mặt có dấu vết hòa trộn giống loại dấu vết mà công cụ ghép mặt để lại, rõ hơn 95% số ảnh thật dùng để xác định ngưỡng. Đây là lý do để kiểm tra kỹ ảnh, không phải bằng chứng ảnh đã bị ghép mặt."
    ),
    "verdict.means.inconclusive": Phrase(
      en: "What it means: the tool could not decide either way.",
      vi: "Ý nghĩa: công cụ không thể đưa ra kết luận theo hướng nào."),
    "verdict.means.no_evidence_found": Phrase(
      en:
        "What it means: the score is lower than that of half the real videos the threshold was set on; the traces measured here are weaker than in a typical real video.",
      vi:
        "Ý nghĩa: điểm thấp hơn điểm của một nửa số video thật dùng để xác định ngưỡng, tức là dấu vết đo được ở đây còn yếu hơn ở một video thật điển hình."
    ),
    "verdict.means.no_evidence_found.still": Phrase(
      en:
        "What it means: the score is lower than that of half the real photos the threshold was set on; the traces measured here are weaker than in a typical real photo.",
      vi:
        "Ý nghĩa: điểm thấp hơn điểm của một nửa số ảnh thật dùng để xác định ngưỡng, tức là dấu vết đo được ở đây còn yếu hơn ở một ảnh thật điển hình."
    ),
    "verdict.means.no_face": Phrase(
      en: "What it means: the face finder found no face it could measure.",
      vi: "Ý nghĩa: bộ dò không tìm thấy khuôn mặt nào đo được."),
    "verdict.thresholds": Phrase(
      en:
        "Thresholds of the scoring model {model}: “no evidence found” below {low} (the median of held-out real training videos); “likely manipulated” from {high} (their 95th percentile + 0.005).",
      vi:
        "Ngưỡng của mô hình chấm điểm {model}: “không phát hiện dấu hiệu ghép mặt” khi dưới {low} (trung vị điểm của các video thật dùng để kiểm định, không dùng để huấn luyện); “có khả năng bị ghép mặt” từ {high} (phân vị thứ 95 của các video đó cộng 0,005)."
    ),
    "verdict.thresholds.still": Phrase(
      en:
        "Thresholds of the scoring model {model}: “no evidence found” below {low} (the median of the real photos it was set on); “likely manipulated” from {high} (their 95th percentile + 0.005).",
      vi:
        "Ngưỡng của mô hình chấm điểm {model}: “không phát hiện dấu hiệu ghép mặt” khi dưới {low} (trung vị điểm của các ảnh thật dùng để xác định ngưỡng); “có khả năng bị ghép mặt” từ {high} (phân vị thứ 95 của các ảnh đó cộng 0,005)."
    ),
    "rates.heading": Phrase(
      en: "Measured error rates at these thresholds", vi: "Tỷ lệ sai số đo được tại các ngưỡng này"),
    "rates.real_delivered": Phrase(en: "Real clips, as delivered", vi: "Video thật, nguyên bản"),
    "rates.real_crf35": Phrase(en: "Real clips, re-encoded (x264 CRF 35)", vi: "Video thật, nén lại (x264 CRF 35)"),
    "rates.fake_delivered": Phrase(en: "Known face-swap clips, as delivered", vi: "Video ghép mặt đã biết, nguyên bản"),
    "rates.fake_crf35": Phrase(
      en: "Known face-swap clips, re-encoded (x264 CRF 35)", vi: "Video ghép mặt đã biết, nén lại (x264 CRF 35)"),
    "rates.real_stills": Phrase(
      en: "Real photos (middle frame of each real clip)", vi: "Ảnh thật (khung hình giữa của mỗi video thật)"),
    "rates.fraction": Phrase(en: "{k} of {n}", vi: "{k} trên {n}"),
    "rates.kind.false_alarm": Phrase(en: "false alarms", vi: "cảnh báo nhầm"),
    "rates.kind.detection": Phrase(en: "detections", vi: "phát hiện đúng"),
    "rates.source": Phrase(
      en:
        "Measured by the project on its dev-media set (24 real and 14 face-swap clips, the first 150 frames of each) with `Scripts/evaluate.py --crf35 --stills`. The figures belong to the scoring model {model}. They say how the tool behaved on those clips, not how likely this video is to be manipulated.",
      vi:
        "Dự án đo trên bộ dữ liệu dev-media (24 video thật và 14 video ghép mặt, 150 khung hình đầu của mỗi video) bằng lệnh `Scripts/evaluate.py --crf35 --stills`. Các số liệu này thuộc về mô hình chấm điểm {model}. Chúng cho biết công cụ đã hoạt động thế nào trên các video đó, không cho biết khả năng video này bị ghép mặt là bao nhiêu."
    ),
    "rates.low_detection": Phrase(
      en:
        "The tool called only {k} of {n} known face-swap clips “likely manipulated”: most face swaps are not flagged.",
      vi:
        "Công cụ chỉ gắn nhãn “có khả năng bị ghép mặt” cho {k} trên {n} video ghép mặt đã biết: phần lớn video ghép mặt không bị phát hiện."
    ),
    "rates.model_mismatch": Phrase(
      en: "No measured error rates are known for the scoring model {model} named in these records.",
      vi: "Chưa có tỷ lệ sai số đo được cho mô hình chấm điểm {model} ghi trong các bản ghi này."),
    "notmean.heading": Phrase(
      en: "What the verdicts do **not** say", vi: "Những điều các kết luận **không** khẳng định"),
    "notmean.likely_manipulated": Phrase(
      en:
        "“Likely manipulated” is not proof: the threshold is set so that about 1 in 20 real videos like those it was set on score above it.",
      vi:
        "“Có khả năng bị ghép mặt” không phải là bằng chứng: ngưỡng được đặt sao cho khoảng 1 trên 20 video thật tương tự các video dùng để xác định ngưỡng vẫn có điểm cao hơn ngưỡng."
    ),
    "notmean.likely_manipulated.still": Phrase(
      en:
        "“Likely manipulated” is not proof: the threshold is set so that about 1 in 20 real photos like those it was set on score above it.",
      vi:
        "“Có khả năng bị ghép mặt” không phải là bằng chứng: ngưỡng được đặt sao cho khoảng 1 trên 20 ảnh thật tương tự các ảnh dùng để xác định ngưỡng vẫn có điểm cao hơn ngưỡng."
    ),
    "notmean.inconclusive": Phrase(
      en:
        "“Inconclusive” does not mean “suspicious” or “partly manipulated”: the score lies between the thresholds, or there was too little usable face to score (too few frames, too small, or unstable).",
      vi:
        "“Chưa đủ căn cứ kết luận” không có nghĩa là “đáng ngờ” hay “bị chỉnh sửa một phần”: điểm nằm giữa hai ngưỡng, hoặc không có đủ khuôn mặt sử dụng được để chấm điểm (quá ít khung hình, quá nhỏ hoặc không ổn định)."
    ),
    "notmean.no_evidence_found": Phrase(
      en:
        "“No evidence found” does **not** clear a video: the tool misses most known face swaps, ranks many of them below their originals, and re-encoding removes much of what it looks for.",
      vi:
        "“Không phát hiện dấu hiệu ghép mặt” **không** có nghĩa là video không bị ghép mặt: công cụ bỏ sót phần lớn video ghép mặt đã biết, chấm nhiều video trong số đó thấp hơn cả bản gốc, và việc nén lại video xóa đi phần lớn dấu vết mà công cụ tìm kiếm."
    ),
    "notmean.no_face": Phrase(
      en:
        "“No face” says only that the face finder found none: a face may still be there (turned away, small, dark or covered).",
      vi:
        "“Không tìm thấy khuôn mặt” chỉ có nghĩa là bộ dò không tìm thấy: video vẫn có thể có khuôn mặt (quay đi, quá nhỏ, thiếu sáng hoặc bị che)."
    ),
    "warning.heading": Phrase(
      en: "Read this before relying on a score", vi: "Hãy đọc phần này trước khi dựa vào điểm số"),
    "warning.body": Phrase(
      en:
        "Measured for the models shipped with this version (seamscan-fused-video-2026-12-08 and seamscan-fused-still-2026-12-08, and the cue models alone): on the real deepfakes available to the project the score does **not** separate swapped faces from their originals. On matched clips its video AUC is about 0.5, it ranks most DeepFaceLive swaps below their originals, and on swapped photographs the fakes mostly score *below* their originals. The score is recorded with its full explanation so that the method can be audited and improved — not as proof that a video is or is not manipulated. A verdict of “no evidence found” does **not** clear a video.",
      vi:
        "Đo với các mô hình đi kèm phiên bản này (seamscan-fused-video-2026-12-08 và seamscan-fused-still-2026-12-08, và riêng các mô hình dấu hiệu): trên các video ghép mặt thật mà dự án có, điểm số **không** phân biệt được khuôn mặt bị hoán đổi với bản gốc. Trên các cặp video đối chứng, AUC theo video chỉ khoảng 0,5; công cụ chấm phần lớn video ghép bằng DeepFaceLive thấp hơn bản gốc, và với ảnh bị ghép mặt, ảnh giả phần lớn có điểm *thấp hơn* ảnh gốc. Điểm số được ghi lại kèm đầy đủ lời giải thích để phương pháp có thể được kiểm tra và cải tiến — không phải để làm bằng chứng cho thấy video có hay không bị chỉnh sửa. Kết luận “không phát hiện dấu hiệu ghép mặt” **không** có nghĩa là video không bị ghép mặt."
    ),
    "kind.video": Phrase(en: "video", vi: "video"),
    "kind.still": Phrase(en: "image", vi: "ảnh"),
    "verdict.lead.not_scored": Phrase(
      en: "No score was given: the scan ran with `--no-faces` or `--no-score`.",
      vi: "Không có điểm: lần quét được chạy với tham số `--no-faces` hoặc `--no-score`."),
    "verdict.how_scored.still": Phrase(
      en: "An image’s score is that of its most suspicious counted face.",
      vi: "Điểm của ảnh là điểm của khuôn mặt đáng ngờ nhất được tính."),
  ]
}
