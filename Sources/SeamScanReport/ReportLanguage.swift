import Foundation

/// The language a report is written in.
public enum ReportLanguage: String, Sendable, CaseIterable {
  case en, vi

  /// The default of `--lang`: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set decides,
  /// as in POSIX; Vietnamese when it names `vi`, otherwise English. Foundation's `Locale.current`
  /// ignores these variables on Linux, so they are read here.
  public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
    -> ReportLanguage
  {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return value.prefix { $0.isLetter }.lowercased() == "vi" ? .vi : .en
    }
    return .en
  }
}
