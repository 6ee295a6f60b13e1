/// The batch index: its sections, columns and cells.
extension Phrases {
  static let index: [String: Phrase] = [
    "index.heading": Phrase(en: "Batch index", vi: "Danh mục tệp đã phân tích"),
    "index.overview": Phrase(en: "Overview", vi: "Tổng quan"),
    "index.count.skipped": Phrase(en: "Skipped", vi: "Bị bỏ qua"),
    "index.count.failed": Phrase(en: "Failed", vi: "Lỗi, không phân tích được"),
    "index.count.partial": Phrase(en: "Partly analysed", vi: "Chỉ phân tích được một phần"),
    "index.table.heading": Phrase(en: "Analysed inputs", vi: "Các tệp đã phân tích"),
    "index.table.order": Phrase(
      en:
        "Most suspicious first: “likely manipulated”, then “inconclusive”, “no evidence found” and “no face”; within a verdict, highest score first.",
      vi:
        "Tệp đáng ngờ nhất xếp trước: “có khả năng bị ghép mặt”, rồi “chưa đủ căn cứ kết luận”, “không phát hiện dấu hiệu ghép mặt” và “không tìm thấy khuôn mặt”; trong cùng một kết luận, điểm cao xếp trước."
    ),
    "index.sort.hint": Phrase(en: "Click a column heading to sort.", vi: "Bấm vào tiêu đề cột để sắp xếp."),
    "index.filter.label": Phrase(en: "Filter by file name", vi: "Lọc theo tên tệp"),
    "index.filter.shown": Phrase(en: "{shown} of {total} shown", vi: "Đang hiện {shown}/{total} tệp"),
    "index.other.heading": Phrase(en: "Skipped and failed inputs", vi: "Tệp bị bỏ qua và tệp lỗi"),
    "index.other.intro": Phrase(
      en: "Nothing is left out: every file the scan found is listed either above or here.",
      vi: "Không tệp nào bị bỏ sót: mọi tệp mà lần quét tìm thấy đều được liệt kê ở bảng trên hoặc ở đây."),
    "index.other.none": Phrase(
      en: "None: every file found was analysed.", vi: "Không có: mọi tệp tìm thấy đều đã được phân tích."),
    "index.open_report": Phrase(en: "Open the report for {file}", vi: "Mở báo cáo chi tiết của {file}"),
    "col.rank": Phrase(en: "#", vi: "STT"),
    "col.file": Phrase(en: "File", vi: "Tệp"),
    "col.verdict": Phrase(en: "Verdict", vi: "Kết luận"),
    "col.score": Phrase(en: "Score", vi: "Điểm"),
    "col.reason": Phrase(en: "Why inconclusive", vi: "Lý do chưa kết luận"),
    "col.faces": Phrase(en: "Faces", vi: "Khuôn mặt"),
    "col.duration": Phrase(en: "Duration", vi: "Thời lượng"),
    "col.sha256": Phrase(en: "SHA-256", vi: "Mã băm SHA-256"),
    "col.status": Phrase(en: "Status", vi: "Trạng thái"),
    "col.code": Phrase(en: "Code", vi: "Mã"),
    "col.details": Phrase(en: "Details", vi: "Chi tiết"),
    "col.role": Phrase(en: "Role", vi: "Vai trò"),
    "col.path": Phrase(en: "Path", vi: "Đường dẫn"),
    "col.package": Phrase(en: "Debian package", vi: "Gói Debian"),
    "col.size": Phrase(en: "Size", vi: "Dung lượng"),
    "col.value": Phrase(en: "Value", vi: "Giá trị"),
    "col.cue": Phrase(en: "Cue", vi: "Chỉ số"),
    "col.measures": Phrase(en: "What it measures", vi: "Đo gì"),
    "col.contribution": Phrase(en: "Contribution", vi: "Đóng góp"),
    "col.tested": Phrase(en: "Clips tested", vi: "Dữ liệu kiểm tra"),
    "col.flagged": Phrase(en: "Called “likely manipulated”", vi: "Bị gắn nhãn “có khả năng bị ghép mặt”"),
    "col.track": Phrase(en: "Track", vi: "Chuỗi"),
    "col.span": Phrase(en: "From – to", vi: "Từ – đến"),
    "col.frames": Phrase(en: "Frames", vi: "Khung hình"),
    "cell.no_score": Phrase(en: "—", vi: "—"),
    "cell.no_score.title": Phrase(
      en: "No score (null): no evidence, which is not the same as 0",
      vi: "Không có điểm (null): không có dữ liệu, khác với điểm 0"),
    "cell.faces": Phrase(
      en: "{tracks} tracks · face in {pct} of frames", vi: "{tracks} chuỗi · có mặt ở {pct} khung hình"),
    "cell.faces.one": Phrase(en: "1 track · face in {pct} of frames", vi: "1 chuỗi · có mặt ở {pct} khung hình"),
    "cell.faces.none": Phrase(en: "no face", vi: "không có khuôn mặt"),
    "cell.still": Phrase(en: "still image", vi: "ảnh tĩnh"),
    "cell.partial": Phrase(en: "partly analysed: {problem}", vi: "chỉ phân tích được một phần: {problem}"),
    "cell.hash.title": Phrase(en: "Full SHA-256: {hash}", vi: "Mã băm SHA-256 đầy đủ: {hash}"),
    "cell.incomplete": Phrase(
      en: "records incomplete: the scan was interrupted", vi: "bản ghi không đầy đủ: lần quét bị gián đoạn"),
    "index.none_analysed": Phrase(en: "No input could be analysed.", vi: "Không có tệp nào phân tích được."),
  ]
}
