import Mustache

/// The report's templates, compiled into the binary so the report works wherever `seamscan` is
/// copied. Values reach them as ``Text`` (escaped by the engine with `{{ }}`); only ``Markup``
/// the report wrote itself is inserted with `{{{ }}}`, and a test keeps it that way.
enum Templates {
  static let all: [String: String] = [
    "layout": layout, "warning": warning, "verdictChip": verdictChip, "meter": meter, "index": index,
    "video": video, "fact": fact, "provenance": provenance, "verdictText": verdictText, "timeline": timeline,
    "gallery": gallery, "suspects": suspects, "suspect": suspect, "cueHead": cueHead, "cueRow": cueRow,
    "reproduce": reproduce, "glossary": glossary,
  ]

  static let library: MustacheLibrary = {
    var library = MustacheLibrary()
    for (name, text) in all {
      do {
        try library.register(text, named: name)
      } catch {
        preconditionFailure("template \(name) does not parse: \(error)")
      }
    }
    return library
  }()

  static func render(_ page: Any, with name: String) -> String {
    guard let html = library.render(page, withTemplate: name) else { preconditionFailure("no template \(name)") }
    return html
  }
}
