/// The most suspicious frames and their overlays.
extension Phrases {
  static let frames: [String: Phrase] = [
    "frames.intro": Phrase(
      en:
        "{lead}, taken again from the original file at full resolution: the whole frame with the face box (JPEG, for context); the face enlarged without smoothing (lossless PNG), with its 68 landmarks and the likely mask edge; and, in colour, the regions whose cues raised or lowered the score, beside the cues themselves.",
      vi:
        "{lead}, được lấy lại từ tệp gốc ở độ phân giải gốc: toàn bộ khung hình với khung khuôn mặt (JPEG, để xem bối cảnh); khuôn mặt phóng to không làm mịn điểm ảnh (PNG, không mất dữ liệu), với 68 điểm mốc và đường viền mặt nạ ghép có thể có; và, bằng màu, các vùng có chỉ số làm tăng hoặc giảm điểm, bên cạnh bảng các chỉ số."
    ),
    "frames.lead": Phrase(
      en: "The {n} highest-scoring frames at least {gap} apart",
      vi: "{n} khung hình có điểm cao nhất, cách nhau ít nhất {gap}"),
    "frames.lead.one": Phrase(en: "The highest-scoring frame", vi: "Khung hình có điểm cao nhất"),
    "frames.lead.still": Phrase(en: "The picture", vi: "Bức ảnh"),
    "frame.title": Phrase(
      en: "Frame {frame} · {time} · track #{track}", vi: "Khung hình {frame} · {time} · chuỗi #{track}"),
    "frame.score": Phrase(en: "Frame score {score}", vi: "Điểm khung hình {score}"),
    "frame.panel.full": Phrase(
      en: "Whole frame ({w}×{h}) with the face box", vi: "Toàn bộ khung hình ({w}×{h}) với khung khuôn mặt"),
    "frame.panel.face": Phrase(
      en: "Face enlarged ×{zoom}, pixels not smoothed", vi: "Khuôn mặt phóng to ×{zoom}, không làm mịn điểm ảnh"),
    "frame.panel.map": Phrase(
      en: "Where the evidence lies: the recorded contributions of the cues, summed by the region each is measured on",
      vi: "Bằng chứng nằm ở đâu: đóng góp đã ghi của các chỉ số, cộng theo vùng mà mỗi chỉ số được đo"),
    "frame.no_picture": Phrase(
      en: "No picture: the file no longer matches the SHA-256 it was scanned with",
      vi: "Không có hình: tệp không còn khớp mã băm SHA-256 lúc quét"),
    "overlay.towards_fake": Phrase(
      en: "raises the score (towards “manipulated”)", vi: "làm tăng điểm (về phía “bị ghép mặt”)"),
    "overlay.towards_real": Phrase(en: "lowers the score (towards “real”)", vi: "làm giảm điểm (về phía “thật”)"),
    "overlay.mask_edge": Phrase(
      en: "likely mask edge (landmark hull)", vi: "đường viền mặt nạ ghép có thể có (bao lồi điểm mốc)"),
    "overlay.landmarks": Phrase(en: "landmarks", vi: "điểm mốc"),
    "frame.box": Phrase(en: "Face box (x, y, w, h)", vi: "Khung khuôn mặt (x, y, rộng, cao)"),
    "frame.confidence": Phrase(en: "Landmark fit", vi: "Độ khớp điểm mốc"),
    "frame.source": Phrase(en: "Last confirmed by", vi: "Xác nhận gần nhất bởi"),
    "frame.aligned_size": Phrase(en: "Aligned size", vi: "Kích thước căn chỉnh"),
    "frame.picture_type": Phrase(en: "Picture type", vi: "Loại khung hình"),
    "frame.key_frame": Phrase(en: "key frame", vi: "khung hình chính"),
    "frame.no_picture.unreadable": Phrase(
      en: "No picture: the file could not be opened when this report was made",
      vi: "Không có hình: không mở được tệp khi lập báo cáo"),
    "frame.no_picture.stdin": Phrase(
      en: "No picture: the input was read from standard input and cannot be opened again",
      vi: "Không có hình: dữ liệu đầu vào được đọc từ đầu vào chuẩn và không thể mở lại"),
    "frame.no_picture.decode": Phrase(
      en: "No picture: this frame could not be decoded again as it was scanned",
      vi: "Không có hình: không giải mã lại được khung hình này đúng như lúc quét"),
    "frames.no_landmarks": Phrase(
      en:
        "This scan was run without `--landmarks`, so its records hold no landmarks. Each frame shows the face box only: the landmarks, the likely mask edge and the map of where the evidence lies cannot be drawn without them, and the report does not guess them. The sums of the cue contributions per region are still listed.",
      vi:
        "Lần quét này không dùng tham số `--landmarks` nên các bản ghi không có điểm mốc khuôn mặt. Mỗi khung hình chỉ hiển thị khung khuôn mặt: khi thiếu điểm mốc thì không thể vẽ các điểm mốc, đường viền mặt nạ ghép có thể có và bản đồ vị trí bằng chứng, và báo cáo không tự suy đoán chúng. Tổng đóng góp của các chỉ số theo từng vùng vẫn được liệt kê."
    ),
    "frames.none": Phrase(
      en: "No frame has a score: there was no face to measure, or the scan measured no cues.",
      vi: "Không có khung hình nào có điểm: không có khuôn mặt để đo, hoặc lần quét không đo chỉ số."),
    "map.col.region": Phrase(en: "Region", vi: "Vùng"),
    "map.region.inner": Phrase(
      en: "Inner face (ρ < 0.8): interior and face-coordinate cues, drawn in the core",
      vi: "Vùng trong khuôn mặt (ρ < 0,8): các chỉ số vùng trong và chỉ số theo tọa độ khuôn mặt, vẽ ở lõi"),
    "map.region.ring": Phrase(en: "Ring ρ {from}–{to}", vi: "Vòng ρ {from}–{to}"),
    "map.region.contour": Phrase(
      en: "Mask-edge band (ρ 0.8–1.2), drawn along the hull", vi: "Dải quanh mép mặt nạ (ρ 0,8–1,2), vẽ dọc đường bao"),
    "map.region.peak": Phrase(
      en: "Strongest step of the profile, at ρ {rho} (dashed)",
      vi: "Bước nhảy mạnh nhất của hồ sơ vân, tại ρ {rho} (nét đứt)"),
    "map.region.peak.unknown": Phrase(
      en: "Strongest step of the profile (not located)",
      vi: "Bước nhảy mạnh nhất của hồ sơ vân (không xác định được vị trí)"),
    "map.region.landmarks": Phrase(
      en: "Landmark motion: no region, not drawn", vi: "Chuyển động điểm mốc: không thuộc vùng nào, không vẽ"),
    "frame.panel.map.none": Phrase(
      en:
        "Where the evidence lies: without landmarks the regions cannot be placed on the face; their sums are in the table.",
      vi:
        "Bằng chứng nằm ở đâu: không có điểm mốc nên không thể đặt các vùng lên khuôn mặt; tổng đóng góp của từng vùng có trong bảng."
    ),
    "frame.excluded": Phrase(en: "Excluded", vi: "Bị loại"),
    "frame.time": Phrase(en: "Time", vi: "Thời điểm"),
    "map.heading": Phrase(en: "Where the evidence lies, region by region", vi: "Bằng chứng nằm ở vùng nào"),
    "map.rings_note": Phrase(
      en:
        "Each ring sums its sharpness, noise, colour and flicker cues. The colours on the face are those of this table.",
      vi:
        "Mỗi vòng cộng các chỉ số độ sắc nét, nhiễu, màu sắc và nhấp nháy của vòng đó. Màu trên khuôn mặt là màu trong bảng này."
    ),
  ]
}
