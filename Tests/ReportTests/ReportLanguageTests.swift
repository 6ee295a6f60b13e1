import SeamScanReport
import Testing

/// `--lang` defaults to the locale named by the POSIX variables, else English.
@Suite struct ReportLanguageTests {
  @Test func theFirstVariableSetDecides() {
    #expect(ReportLanguage.fromEnvironment(["LANG": "vi_VN.UTF-8"]) == .vi)
    #expect(ReportLanguage.fromEnvironment(["LC_ALL": "C", "LANG": "vi_VN.UTF-8"]) == .en)
    #expect(ReportLanguage.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "vi", "LANG": "en_GB.UTF-8"]) == .vi)
    #expect(ReportLanguage.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .en)
    #expect(ReportLanguage.fromEnvironment([:]) == .en)
  }
}
