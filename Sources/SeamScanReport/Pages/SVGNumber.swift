import Foundation

/// Coordinates for SVG: one decimal, a point as decimal separator whatever the report's language.
enum SVGNumber {
  static func text(_ value: Double) -> Text { Text(string(value)) }

  static func string(_ value: Double) -> String {
    let text = String(format: "%.1f", value.isFinite ? value : 0)
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  /// `M x,y L x,y …`, closed with `Z` when `closed`.
  static func path(_ points: [SIMD2<Double>], closed: Bool) -> String {
    guard !points.isEmpty else { return "" }
    let body = points.enumerated().map { index, point in
      (index == 0 ? "M" : "L") + string(point.x) + "," + string(point.y)
    }.joined(separator: " ")
    return closed ? body + " Z" : body
  }
}
