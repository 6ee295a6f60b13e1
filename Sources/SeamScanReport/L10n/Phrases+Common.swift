/// Words shared by every page: the report, navigation, units, statuses and error codes.
extension Phrases {
  static let common: [String: Phrase] = [
    "app.name": Phrase(en: "SeamScan", vi: "SeamScan"),
    "report.title": Phrase(en: "Face-swap analysis report", vi: "Báo cáo phân tích dấu hiệu ghép mặt"),
    "report.kind.video": Phrase(en: "Video report", vi: "Báo cáo chi tiết video"),
    "report.kind.still": Phrase(en: "Still image report", vi: "Báo cáo chi tiết ảnh"),
    "report.not_expert": Phrase(
      en:
        "This report is the automatic output of a software tool, made to support an analyst. It does not replace a forensic expert's examination.",
      vi:
        "Báo cáo này là kết quả phân tích tự động của phần mềm, dùng để hỗ trợ cán bộ phân tích; không thay thế kết luận giám định."
    ),
    "report.offline": Phrase(
      en: "Self-contained: this report loads nothing from the network.",
      vi: "Báo cáo độc lập: không tải bất kỳ nội dung nào từ mạng."),
    "meta.generated": Phrase(en: "Report made {datetime}", vi: "Lập báo cáo lúc {datetime}"),
    "meta.tool": Phrase(en: "{name} {version}", vi: "{name} phiên bản {version}"),
    "meta.schema": Phrase(en: "record format {schema}", vi: "định dạng bản ghi {schema}"),
    "meta.output_dir": Phrase(en: "Scan folder", vi: "Thư mục kết quả quét"),
    "meta.inputs": Phrase(en: "{n} inputs", vi: "{n} tệp đầu vào"),
    "nav.back_to_index": Phrase(en: "← Batch index", vi: "← Danh mục tệp"),
    "status.skipped": Phrase(en: "Skipped", vi: "Bỏ qua"),
    "status.failed": Phrase(en: "Failed", vi: "Lỗi"),
    "error.missing": Phrase(en: "file not found", vi: "không tìm thấy tệp"),
    "error.permission_denied": Phrase(en: "permission denied", vi: "không có quyền đọc tệp"),
    "error.is_directory": Phrase(en: "is a folder, not a file", vi: "là thư mục, không phải tệp"),
    "error.not_regular_file": Phrase(
      en: "not a regular file (a pipe, socket, device or broken link)",
      vi: "không phải tệp thông thường (đường ống, socket, thiết bị hoặc liên kết hỏng)"),
    "error.empty": Phrase(en: "empty file", vi: "tệp rỗng"),
    "error.not_media": Phrase(en: "not a video or image file", vi: "không phải tệp video hoặc ảnh"),
    "error.no_video_stream": Phrase(en: "no video stream", vi: "không có luồng hình ảnh"),
    "error.unsupported_codec": Phrase(en: "unsupported codec", vi: "chuẩn nén không được hỗ trợ"),
    "error.decoder_failed": Phrase(en: "the decoder failed", vi: "bộ giải mã gặp lỗi"),
    "error.too_large": Phrase(
      en: "picture larger than the size limit (--max-pixels)",
      vi: "ảnh vượt quá giới hạn kích thước (--max-pixels)"),
    "error.no_frames": Phrase(en: "no frame could be decoded", vi: "không giải mã được khung hình nào"),
    "error.empty_range": Phrase(
      en: "the time range asked for lies past the end",
      vi: "khoảng thời gian yêu cầu nằm ngoài độ dài của tệp"),
    "error.cancelled": Phrase(
      en: "analysis stopped before the end because the batch stopped; scan again with --resume",
      vi: "việc phân tích bị dừng giữa chừng vì cả lô quét đã dừng; hãy quét lại với --resume"),
    "error.truncated": Phrase(
      en: "file truncated: it ends before its index says it should",
      vi: "tệp bị cắt cụt: kết thúc sớm hơn chỉ mục của tệp"),
    "error.decode_errors": Phrase(
      en: "decode errors: damaged packets or frames were skipped",
      vi: "lỗi giải mã: đã bỏ qua các gói dữ liệu hoặc khung hình bị hỏng"),
    "error.unknown": Phrase(en: "error {code}", vi: "lỗi {code}"),
    "problem.truncated": Phrase(en: "file truncated", vi: "tệp bị cắt cụt"),
    "problem.decode_errors": Phrase(en: "decode errors", vi: "có lỗi giải mã"),
    "role.frontal": Phrase(en: "frontal face detector", vi: "bộ dò khuôn mặt chính diện"),
    "role.profile": Phrase(en: "profile face detector", vi: "bộ dò khuôn mặt nghiêng"),
    "role.survey": Phrase(
      en: "fast frontal face detector (periodic surveys)",
      vi: "bộ dò khuôn mặt chính diện nhanh (rà soát định kỳ)"),
    "role.landmarks": Phrase(en: "68-point landmark model", vi: "mô hình 68 điểm mốc khuôn mặt"),
    "role.face_network": Phrase(
      en: "learned face model (SeamScan's own network)", vi: "mô hình khuôn mặt đã học (mạng nơ-ron của SeamScan)"),
    "bool.yes": Phrase(en: "yes", vi: "có"),
    "bool.no": Phrase(en: "no", vi: "không"),
    "unit.seconds": Phrase(en: "{n} s", vi: "{n} giây"),
    "unit.pixels": Phrase(en: "{n} px", vi: "{n} px"),
    "unit.degrees": Phrase(en: "{n}°", vi: "{n}°"),
    "excluded.unconfirmed": Phrase(
      en: "excluded: unconfirmed (found by a detector only once)",
      vi: "bị loại: chưa được xác nhận (bộ dò chỉ tìm thấy một lần)"),
    "excluded.poor_landmark_fit": Phrase(en: "excluded: poor landmark fit", vi: "bị loại: điểm mốc khớp kém"),
    "excluded.not_skin_coloured": Phrase(en: "excluded: not skin-coloured", vi: "bị loại: không phải màu da"),
    "source.frontal": Phrase(en: "frontal detector", vi: "bộ dò khuôn mặt chính diện"),
    "source.profile": Phrase(en: "profile detector", vi: "bộ dò khuôn mặt nghiêng"),
    "source.profile-mirrored": Phrase(en: "profile detector (mirrored)", vi: "bộ dò khuôn mặt nghiêng (lật gương)"),
    "source.lbp-frontal": Phrase(en: "fast frontal detector", vi: "bộ dò khuôn mặt chính diện nhanh"),
    "source.tracked": Phrase(en: "tracking", vi: "bám theo điểm mốc"),
    "print.page": Phrase(en: "Page", vi: "Trang"),
    "print.of": Phrase(en: "of", vi: "/"),
    "print.signoff": Phrase(en: "Examined by", vi: "Cán bộ phân tích"),
    "print.date": Phrase(en: "Date", vi: "Ngày"),
    "print.signature": Phrase(en: "Signature", vi: "Chữ ký"),
    "footer.made_by": Phrase(
      en: "Made by {tool} {version} from the records in {dir}.",
      vi: "Lập bởi {tool} phiên bản {version} từ các bản ghi trong {dir}."),
    "status.no_records": Phrase(en: "No records", vi: "Không có bản ghi"),
    "status.no_records.meaning": Phrase(
      en: "listed in summary.csv, but its records file is missing from the folder",
      vi: "có trong summary.csv nhưng tệp bản ghi không có trong thư mục"),
    "status.unreadable_records": Phrase(en: "Records unreadable", vi: "Không đọc được bản ghi"),
    "status.damaged_records": Phrase(en: "Records damaged", vi: "Bản ghi bị hỏng"),
    "error.damaged_records": Phrase(
      en:
        "the records are not what a scan writes (out of order, frames missing, values out of range, or a verdict its own score contradicts); not shown",
      vi:
        "bản ghi không đúng như lần quét ghi ra (sai thứ tự, thiếu khung hình, giá trị ngoài phạm vi, hoặc kết luận mâu thuẫn với chính điểm số của nó); không hiển thị"
    ),
    "error.unreadable_records": Phrase(
      en: "the records file is not the output of a SeamScan scan",
      vi: "tệp bản ghi không phải kết quả quét của SeamScan"),
    "error.model_missing": Phrase(en: "a model file is missing", vi: "thiếu tệp mô hình"),
    "error.encoder_failed": Phrase(en: "the encoder failed", vi: "bộ mã hóa gặp lỗi"),
    "error.failed": Phrase(en: "the command failed", vi: "lệnh thực hiện không thành công"),
    "error.output_exists": Phrase(
      en: "the output exists or is the input (synth without --force)",
      vi: "tệp đầu ra đã tồn tại hoặc trùng tệp đầu vào (synth không có --force)"),
    "error.not_blended": Phrase(
      en: "too few frames could be blended (synth)", vi: "ghép được quá ít khung hình (synth)"),
    "status.skipped.meaning": Phrase(
      en: "found in a folder and not analysed; the scan gave the reason below",
      vi: "tìm thấy trong thư mục nhưng không được phân tích; lý do lần quét đưa ra ở bên dưới"),
  ]
}
