import Foundation

/// Numbers, sizes, times and dates in the conventions of the report's language.
///
/// English: `48,213,770`, `0.909`, `2026-12-03 16:40:12 (UTC+07:00)`. Vietnamese: `48.213.770`,
/// `0,909`, `16:40:12, 03/12/2026 (UTC+07:00)` (day first, 24-hour clock). Done by hand rather
/// than with Foundation's locale styles, so that every machine writes the same report: Foundation
/// on Linux ignores the locale for byte counts and does not pad Vietnamese dates.
/// Values the analyst may type again (options, hashes, cue names) are never localised.
public struct LocalFormat: Sendable {
  public let language: ReportLanguage
  /// The zone dates are shown in; the records keep UTC.
  public let timeZone: TimeZone

  public init(_ language: ReportLanguage, timeZone: TimeZone = .current) {
    self.language = language
    self.timeZone = timeZone
  }

  var decimalSeparator: String { language == .vi ? "," : "." }
  var groupSeparator: String { language == .vi ? "." : "," }

  /// `decimals` places, grouped thousands, ASCII minus.
  public func decimal(_ value: Double, places decimals: Int) -> String {
    guard value.isFinite else { return "—" }
    let fixed = String(format: "%.\(decimals)f", abs(value))
    let parts = fixed.split(separator: ".", maxSplits: 1)
    var text = grouped(String(parts[0]))
    if parts.count == 2 { text += decimalSeparator + parts[1] }
    let isZero = fixed.allSatisfy { $0 == "0" || $0 == "." }
    return (value < 0 && !isZero ? "-" : "") + text
  }

  /// At most `places` decimals, trailing zeros dropped: `25`, `29.97`, `7.233`.
  public func number(_ value: Double, maxPlaces places: Int) -> String {
    var text = decimal(value, places: places)
    guard places > 0 else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(decimalSeparator) { text.removeLast() }
    return text
  }

  /// A score or other value in [0, 1] with three decimals; null is "—", never 0.
  public func score(_ value: Double?) -> String {
    value.map { decimal($0, places: 3) } ?? "—"
  }

  /// A signed contribution: `+1.180`, `-0.383`.
  public func signed(_ value: Double) -> String {
    let text = decimal(value, places: 3)
    return text.hasPrefix("-") || text == decimal(0, places: 3) ? text : "+" + text
  }

  public func integer(_ value: Int) -> String {
    (value < 0 ? "-" : "") + grouped(String(value.magnitude))
  }

  /// `90%`: a share in [0, 1], whole percent.
  public func percent(_ share: Double) -> String { decimal(share * 100, places: 0) + "%" }

  /// `46.0 MiB` / `46,0 MiB`.
  public func bytes(_ count: Int) -> String {
    for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where count >= size {
      return decimal(Double(count) / Double(size), places: 1) + " " + unit
    }
    return integer(count) + " B"
  }

  /// A moment in a video: `00:23.92` / `00:23,92`; hours appear when needed.
  public func timecode(_ seconds: Double) -> String {
    let hundredths = Int((max(0, seconds) * 100).rounded())
    let (minutes, rest) = (hundredths / 6000, hundredths % 6000)
    let secondsText = String(format: "%02d", rest / 100) + decimalSeparator + String(format: "%02d", rest % 100)
    return minuteText(minutes) + ":" + secondsText
  }

  /// A duration to the second: `0:43`, `10:00`, `1:02:03`.
  public func duration(_ seconds: Double) -> String {
    let total = Int(max(0, seconds).rounded())
    let hours = total / 3600
    let minutes = (total % 3600) / 60
    let secs = String(format: "%02d", total % 60)
    return hours > 0 ? "\(hours):" + String(format: "%02d", minutes) + ":" + secs : "\(minutes):" + secs
  }

  /// A time on an axis with tenths: `0:01.5` / `0:01,5`.
  public func durationTenths(_ seconds: Double) -> String {
    let tenths = Int((max(0, seconds) * 10).rounded())
    return "\(tenths / 600):" + String(format: "%02d", (tenths % 600) / 10) + decimalSeparator + String(tenths % 10)
  }

  private func minuteText(_ minutes: Int) -> String {
    minutes >= 60 ? "\(minutes / 60):" + String(format: "%02d", minutes % 60) : String(format: "%02d", minutes)
  }

  /// `2026-12-03 16:40:12 (UTC+07:00)` / `16:40:12, 03/12/2026 (UTC+07:00)`, in ``timeZone``.
  public func dateTime(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let two = { (value: Int?) in String(format: "%02d", value ?? 0) }
    let time = two(c.hour) + ":" + two(c.minute) + ":" + two(c.second)
    let offset = timeZone.secondsFromGMT(for: date)
    let zone =
      "(UTC" + (offset < 0 ? "-" : "+") + two(abs(offset) / 3600) + ":" + two((abs(offset) % 3600) / 60) + ")"
    let year = String(format: "%04d", c.year ?? 0)
    return language == .vi
      ? "\(time), \(two(c.day))/\(two(c.month))/\(year) \(zone)"
      : "\(year)-\(two(c.month))-\(two(c.day)) \(time) \(zone)"
  }

  private func grouped(_ digits: String) -> String {
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += groupSeparator }
      out.append(digit)
    }
    return out
  }
}
