/// The cues: their table, their families and the glossary.
extension Phrases {
  static let cues: [String: Phrase] = [
    "cues.heading": Phrase(en: "Cues and their contributions", vi: "Các chỉ số đo và mức đóng góp"),
    "cues.top": Phrase(
      en: "The {n} cues with the largest effect, strongest first.",
      vi: "{n} chỉ số có ảnh hưởng lớn nhất, xếp từ mạnh đến yếu."),
    "cues.all": Phrase(en: "All {total} cues of this face", vi: "Toàn bộ {total} chỉ số của khuôn mặt này"),
    "cues.not_measured": Phrase(en: "not measured", vi: "không đo được"),
    "cues.abstains_scale": Phrase(
      en: "abstains: the face ({size} px) is under {min} px, too small to test a {g}-pixel generator",
      vi: "không đo: khuôn mặt ({size} px) nhỏ hơn {min} px, quá nhỏ để kiểm tra bộ sinh ảnh {g} điểm ảnh"),
    "cues.unused": Phrase(en: "not used by the model", vi: "mô hình không sử dụng"),
    "cues.explain": Phrase(
      en:
        "Contribution = weight × (value − mean) ÷ standard deviation, from the trained model. Positive raises the score (towards “manipulated”), negative lowers it (towards “real”).",
      vi:
        "Mức đóng góp = trọng số × (giá trị − trung bình) ÷ độ lệch chuẩn, theo mô hình đã huấn luyện. Giá trị dương làm tăng điểm (về phía “bị ghép mặt”), giá trị âm làm giảm điểm (về phía “thật”)."
    ),
    "cues.formula": Phrase(
      en: "score = 1 ÷ (1 + e^−(bias + Σ contributions)) = 1 ÷ (1 + e^−({bias} + {sum})) = {score}",
      vi: "điểm = 1 ÷ (1 + e^−(hệ số chặn + Σ đóng góp)) = 1 ÷ (1 + e^−({bias} + {sum})) = {score}"),
    "cue.family.sharpness": Phrase(en: "Sharpness profile", vi: "Độ sắc nét theo vòng"),
    "cue.family.sharpness.what": Phrase(
      en: "How sharp each ring around the face is compared with the surroundings; a pasted face is often softer.",
      vi: "Độ sắc nét của từng vòng quanh khuôn mặt so với vùng xung quanh; khuôn mặt được ghép thường mờ hơn."),
    "cue.family.noise": Phrase(en: "Noise profile", vi: "Mức nhiễu theo vòng"),
    "cue.family.noise.what": Phrase(
      en:
        "Camera noise and fine texture of each ring against the surroundings; a generated face carries less camera noise.",
      vi:
        "Nhiễu cảm biến và vân chi tiết của từng vòng so với vùng xung quanh; khuôn mặt do máy tạo ra thường ít nhiễu hơn."
    ),
    "cue.family.chroma": Phrase(en: "Colour profile", vi: "Màu sắc theo vòng"),
    "cue.family.chroma.what": Phrase(
      en: "How far each ring's colour is from the surroundings'; a pasted face is colour-matched only approximately.",
      vi: "Độ lệch màu của từng vòng so với vùng xung quanh; khuôn mặt ghép chỉ được chỉnh màu gần đúng."),
    "cue.family.interiorSmoothness": Phrase(en: "Interior smoothness", vi: "Độ mịn vùng trong mặt"),
    "cue.family.interiorSmoothness.what": Phrase(
      en: "How much smoother the inner face is than its surroundings.",
      vi: "Vùng trong khuôn mặt mịn hơn vùng xung quanh đến mức nào."),
    "cue.family.interiorResampling": Phrase(en: "Interior resampling", vi: "Dấu vết phóng to ảnh"),
    "cue.family.interiorResampling.what": Phrase(
      en: "Whether the inner face lacks the finest detail, as upscaled pictures do.",
      vi: "Vùng trong khuôn mặt có thiếu chi tiết nhỏ nhất như ảnh bị phóng to hay không."),
    "cue.family.contourGradient": Phrase(en: "Contour gradient", vi: "Bậc sáng dọc đường viền"),
    "cue.family.contourGradient.what": Phrase(
      en: "A brightness step running along the likely mask edge.",
      vi: "Bậc chênh lệch độ sáng chạy dọc theo đường viền mặt nạ ghép có thể có."),
    "cue.family.peakDiscontinuity": Phrase(en: "Peak discontinuity", vi: "Bước nhảy mạnh nhất"),
    "cue.family.peakDiscontinuity.what": Phrase(
      en: "The strongest step in texture from the centre of the face outwards, and where it lies (ρ).",
      vi: "Bước thay đổi vân mạnh nhất tính từ tâm khuôn mặt ra ngoài, và vị trí của nó (ρ)."),
    "cue.family.flicker": Phrase(en: "Flicker profile", vi: "Nhấp nháy theo vòng"),
    "cue.family.flicker.what": Phrase(
      en: "Frame-to-frame change of each ring after head motion is compensated; a swap is generated frame by frame.",
      vi:
        "Mức thay đổi giữa hai khung hình liên tiếp của từng vòng sau khi bù chuyển động của đầu; mặt ghép được tạo riêng cho từng khung hình."
    ),
    "cue.family.interiorFlicker": Phrase(en: "Interior flicker", vi: "Nhấp nháy vùng trong mặt"),
    "cue.family.interiorFlicker.what": Phrase(
      en: "The same for the inner face, per frame and averaged over a 12-frame window.",
      vi: "Như trên, cho vùng trong khuôn mặt, theo từng khung hình và trung bình trên cửa sổ 12 khung hình."),
    "cue.family.smoothnessInstability": Phrase(en: "Smoothness instability", vi: "Độ mịn dao động"),
    "cue.family.smoothnessInstability.what": Phrase(
      en: "How much the inner face's smoothness wobbles over the window.",
      vi: "Độ mịn của vùng trong khuôn mặt dao động bao nhiêu trong cửa sổ thời gian."),
    "cue.family.chromaInstability": Phrase(en: "Colour instability", vi: "Màu sắc dao động"),
    "cue.family.chromaInstability.what": Phrase(
      en: "How much the face's colour offset to its surroundings jitters over the window.",
      vi: "Độ lệch màu giữa khuôn mặt và vùng xung quanh dao động bao nhiêu trong cửa sổ thời gian."),
    "cue.family.landmarkJitter": Phrase(en: "Landmark jitter", vi: "Rung điểm mốc"),
    "cue.family.landmarkJitter.what": Phrase(
      en: "Landmark motion that the head's rigid motion does not explain.",
      vi: "Chuyển động của các điểm mốc mà chuyển động cứng của đầu không giải thích được."),
    "cue.family.scale": Phrase(en: "Generator-scale deficit", vi: "Thiếu chi tiết theo cỡ bộ sinh ảnh"),
    "cue.family.scale.what": Phrase(
      en:
        "Whether the face lacks the detail a 128-, 224-, 256- or 320-pixel generator cannot render, against the same head's forehead and neck. Abstains when the face is too small to tell.",
      vi:
        "Khuôn mặt có thiếu dải chi tiết mà bộ sinh ảnh 128, 224, 256 hoặc 320 điểm ảnh không tạo ra được hay không, so với trán và cổ của cùng người. Không đo khi khuôn mặt quá nhỏ."
    ),
    "cue.family.headTexture": Phrase(en: "Head texture", vi: "Vân chi tiết so với đầu"),
    "cue.family.headTexture.what": Phrase(
      en: "The face's finest texture against the same head's forehead and neck.",
      vi: "Vân chi tiết nhỏ nhất của khuôn mặt so với trán và cổ của cùng người."),
    "cue.family.edgeStep": Phrase(en: "Edge step", vi: "Bậc vân tại mép"),
    "cue.family.edgeStep.what": Phrase(
      en: "The texture step across the likely mask edge.",
      vi: "Bậc thay đổi vân chi tiết ngang qua đường viền mặt nạ ghép có thể có."),
    "cue.family.headChroma": Phrase(en: "Head colour", vi: "Màu mặt so với cổ, trán"),
    "cue.family.headChroma.what": Phrase(
      en: "Colour distance between the inner face and the neck or the forehead.",
      vi: "Khoảng cách màu giữa vùng trong khuôn mặt và cổ hoặc trán."),
    "cue.family.textureCoherence": Phrase(en: "Texture coherence", vi: "Độ liền mạch của vân"),
    "cue.family.textureCoherence.what": Phrase(
      en: "Whether the face's fine texture moves with the head as the forehead and neck do.",
      vi: "Vân chi tiết của khuôn mặt có chuyển động theo đầu như trán và cổ hay không."),
    "cue.family.faceNetwork": Phrase(en: "Learned face model", vi: "Mô hình khuôn mặt đã học"),
    "cue.family.faceNetwork.what": Phrase(
      en:
        "A small neural network's probability that the aligned face was swapped or pasted in, trained on our own synthetic fakes of real faces; it reads every Nth frame of a track.",
      vi:
        "Xác suất, theo một mạng nơ-ron nhỏ, rằng khuôn mặt đã căn chỉnh bị hoán đổi hoặc dán vào; mạng được huấn luyện trên các mặt giả tổng hợp từ khuôn mặt thật; nó đọc mỗi khung hình thứ N của một chuỗi."
    ),
    "glossary.rings": Phrase(
      en:
        "Rings: bands around the landmark hull from ρ = 0.5 to 1.3 (ρ = 1 is the hull itself); the surround, ρ = 1.3 to 1.7, is the reference.",
      vi:
        "Vòng: các dải bao quanh đường bao điểm mốc, từ ρ = 0,5 đến 1,3 (ρ = 1 là chính đường bao); vùng xung quanh, ρ = 1,3 đến 1,7, là vùng tham chiếu."
    ),
    "glossary.track": Phrase(
      en: "Track: one face followed from frame to frame.",
      vi: "Chuỗi khuôn mặt: một khuôn mặt được bám theo qua các khung hình."),
    "glossary.aligned_size": Phrase(
      en: "Aligned size: the face's size as a face-swap tool sees it, in full-resolution pixels.",
      vi:
        "Kích thước căn chỉnh: kích thước khuôn mặt theo cách công cụ ghép mặt nhìn thấy, tính bằng điểm ảnh ở độ phân giải gốc."
    ),
    "glossary.docs": Phrase(
      en: "Each cue's formula is in the SeamScanForensics documentation shipped with the tool.",
      vi: "Công thức của từng chỉ số có trong tài liệu SeamScanForensics đi kèm công cụ."),
    "cue.region.rings": Phrase(
      en: "Measured ring by ring: drawn on each ring of the map.",
      vi: "Đo theo từng vòng: vẽ trên từng vòng của bản đồ."),
    "cue.region.inner": Phrase(
      en: "Measured over the inner face: drawn in the core of the map.",
      vi: "Đo trên vùng trong khuôn mặt: vẽ ở lõi của bản đồ."),
    "cue.region.contour": Phrase(
      en: "Measured across the likely mask edge: drawn along the hull.",
      vi: "Đo ngang qua đường viền mặt nạ ghép có thể có: vẽ dọc đường bao."),
    "cue.region.peak": Phrase(
      en: "Placed at the step it found: the dashed line of the map.",
      vi: "Đặt tại bước nhảy tìm được: đường nét đứt trên bản đồ."),
    "cue.region.landmarks": Phrase(
      en: "Landmark motion: not a region of the picture, not drawn.",
      vi: "Chuyển động điểm mốc: không phải một vùng trên hình, không vẽ."),
    "cue.family.unknown": Phrase(en: "Other cue", vi: "Chỉ số khác"),
  ]
}
