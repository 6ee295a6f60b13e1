import Foundation
import SeamScanReport
import Testing

/// Numbers, sizes, times and dates in each language's conventions.
@Suite struct LocalFormatTests {
  static let hanoi = TimeZone(identifier: "Asia/Ho_Chi_Minh")!
  let en = LocalFormat(.en, timeZone: hanoi)
  let vi = LocalFormat(.vi, timeZone: hanoi)

  @Test func numbers() {
    #expect(en.integer(48_213_770) == "48,213,770" && vi.integer(48_213_770) == "48.213.770")
    #expect(en.score(0.9087) == "0.909" && vi.score(0.9087) == "0,909")
    #expect(en.score(nil) == "—" && en.score(0) == "0.000", "null is never 0")
    #expect(vi.signed(-0.25) == "-0,250" && vi.signed(1.18) == "+1,180" && en.signed(0) == "0.000")
    #expect(vi.decimal(-0.0004, places: 3) == "0,000", "no minus on a rounded zero")
    #expect(en.decimal(1234.5, places: 1) == "1,234.5" && vi.decimal(1234.5, places: 1) == "1.234,5")
    #expect(en.number(29.97, maxPlaces: 3) == "29.97" && vi.number(25, maxPlaces: 3) == "25")
    #expect(en.percent(0.896) == "90%")
  }

  @Test func sizes() {
    #expect(en.bytes(48_213_770) == "46.0 MiB" && vi.bytes(48_213_770) == "46,0 MiB")
    #expect(vi.bytes(512) == "512 B" && en.bytes(129_606) == "126.6 KiB")
  }

  @Test func times() {
    #expect(en.timecode(23.92) == "00:23.92" && vi.timecode(23.92) == "00:23,92")
    #expect(en.timecode(3725.5) == "1:02:05.50")
    #expect(en.duration(42.52) == "0:43" && en.duration(3723) == "1:02:03")
    #expect(vi.durationTenths(1.5) == "0:01,5")
  }

  @Test func dates() {
    let date = Date(timeIntervalSince1970: 1_796_290_812)
    #expect(en.dateTime(date) == "2026-12-03 16:40:12 (UTC+07:00)")
    #expect(vi.dateTime(date) == "16:40:12, 03/12/2026 (UTC+07:00)")
    #expect(
      LocalFormat(.en, timeZone: TimeZone(identifier: "UTC")!).dateTime(date) == "2026-12-03 09:40:12 (UTC+00:00)")
  }
}
