import Testing

@testable import SeamScanReport

/// What reaches a template is safe for the engine's escaper and shows every hidden character.
@Suite struct TextTests {
  @Test func specialCharactersJoinedByMarksAreTakenApart() {
    #expect(Text("x\"\u{301}y").shown == "x\"\\u{301}y")
    #expect(Text("'\u{FE0F}").shown == "'\\u{FE0F}")
    #expect(Text("<\u{20DD}").shown == "<\\u{20DD}")
  }

  @Test func hiddenCharactersAreShown() {
    #expect(Text("clip\u{202E}gpj.exe").shown == "clip\\u{202E}gpj.exe")
    #expect(Text("a\nb\u{7}\u{FFFD}").shown == "a\\u{A}b\\u{7}\\u{FFFD}")
    #expect(Text("\u{2066}x\u{2069}\u{200F}").shown == "\\u{2066}x\\u{2069}\\u{200F}")
  }

  @Test func ordinaryTextIsLeftAlone() {
    for text in ["Báo cáo phân tích dấu hiệu ghép mặt", "a&amp;b.mp4", "<script>\"'", "e\u{301}te\u{301}"] {
      #expect(Text(text).shown == text)
    }
  }

  @Test func markupEscapesEveryScalar() {
    #expect(
      Markup(escaping: Text("<a href=\"x\">'&'</a>")).html == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  }
}
