extension Templates {
  /// Every page: the head with its Content Security Policy (nothing loads from anywhere, only the
  /// page's own scripts run), the stylesheet, the sheet and the masthead.
  static let layout = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; \
    style-src 'unsafe-inline'; script-src {{scriptHashes}}">
    <meta name="referrer" content="no-referrer">
    <meta name="generator" content="{{generator}}">
    <title>{{title}}</title>
    <style>\(Stylesheet.css)
    {{{printStyle}}}</style>
    </head>
    <body>
    <div class="sheet">
    <header class="masthead">
      <div><div class="kicker">{{say.app.name}} · {{say.report.title}}</div>
      <h1>{{heading}}</h1></div>
      <div class="meta">
        <div>{{generated}}</div>
        <div>{{toolLine}}</div>
        {{#scanFolder}}<div>{{say.meta.output_dir}}: <code>{{.}}</code>{{#inputCount}} · {{.}}{{/inputCount}}</div>{{/scanFolder}}
      </div>
    </header>
    {{$body}}{{/body}}
    <footer>{{footer}}</footer>
    </div>
    {{#isIndex}}<script>\(Scripts.sorting)</script>{{/isIndex}}
    <script>\(Scripts.printing)</script>
    </body>
    </html>
    """

  /// The README's warning, in the reader's language.
  static let warning = """
    <aside class="warnbox" role="note">
      <h3>{{say.warning.heading}}</h3>
      <p>{{{sayHTML.warning.body}}}</p>
    </aside>
    """

  /// A verdict chip.
  static let verdictChip = """
    <span class="verdict v-{{verdictClass}}">{{verdict}}</span>
    """

  /// A score with its meter: a bar with the two threshold zones and a tick at the score.
  static let meter = """
    <span class="meter" style="{{meterStyle}}"><i></i></span>
    """
}
