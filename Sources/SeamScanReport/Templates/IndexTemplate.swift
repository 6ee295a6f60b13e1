extension Templates {
  /// The batch index: the overview, one row per analysed input (most suspicious first, sortable
  /// with the script, already sorted without it), then every skipped and failed input.
  static let index = """
    {{<layout}}
    {{$body}}
    <p class="disclaimer">{{say.report.not_expert}} {{say.report.offline}}</p>
    {{>warning}}
    <h2>{{say.index.overview}}</h2>
    <ul class="overview">
    {{#verdictCounts}}<li class="c-{{verdictClass}}"><b>{{count}}</b>{{label}}</li>{{/verdictCounts}}
    </ul>
    <ul class="overview">
    {{#problemCounts}}<li class="c-problem"><b>{{count}}</b>{{label}}</li>{{/problemCounts}}
    </ul>

    <h2>{{say.index.table.heading}}</h2>
    <p class="note">{{say.index.table.order}} <span class="no-print">{{say.index.sort.hint}}</span></p>
    <div class="tools" id="tools" hidden><label>{{say.index.filter.label}} <input type="search" autocomplete="off"></label>
      <output data-template="{{filterTemplate}}"></output></div>
    <table id="inputs">
    <colgroup><col class="c-rank"><col><col class="c-verdict"><col class="c-score"><col class="c-reason">\
    <col class="c-faces"><col class="c-dur"><col class="c-sha"></colgroup>
    <thead><tr>
      <th class="n" data-sort="num">{{say.col.rank}}</th><th data-sort="text">{{say.col.file}}</th>\
    <th data-sort="num">{{say.col.verdict}}</th><th class="n" data-sort="num">{{say.col.score}}</th>\
    <th data-sort="text">{{say.col.reason}}</th><th data-sort="num">{{say.col.faces}}</th>\
    <th class="n" data-sort="num">{{say.col.duration}}</th><th>{{say.col.sha256}}</th>
    </tr></thead>
    <tbody>
    {{#rows}}
    <tr data-name="{{name}}" data-records="{{recordsFile}}">
      <td class="n" data-v="{{rank}}">{{rank}}</td>
      <td class="file" data-v="{{name}}"><a href="{{href}}" title="{{openTitle}}">{{name}}</a>\
    <span class="dir">{{folder}}</span></td>
      <td data-v="{{verdictOrder}}" data-field="summary/verdict" data-value="{{verdictValue}}">{{>verdictChip}}{{#.partial}}<span class="flag">⚠ {{.}}</span>{{/.partial}}\
    {{#.incomplete}}<span class="flag">⚠ {{.}}</span>{{/.incomplete}}</td>
      {{#.score}}<td class="n" data-v="{{value}}" data-field="summary/score" data-value="{{value}}">{{shown}} \
    {{>meter}}</td>{{/.score}}{{^.score}}<td class="n" data-v="" data-field="summary/score" data-value="null" \
    title="{{say.cell.no_score.title}}">{{say.cell.no_score}}</td>{{/.score}}
      <td data-field="summary/reason" data-value="{{reasonValue}}">{{reason}}</td>
      <td data-v="{{faceShare}}">{{faces}}</td>
      <td class="n" data-v="{{durationValue}}" data-field="video/duration" data-value="{{durationRaw}}">{{duration}}</td>
      <td data-v="{{sha}}"><span class="hash"><span class="short" title="{{shaTitle}}">{{shaShort}}</span>\
    <span class="full" data-field="video/sha256" data-value="{{sha}}">{{sha}}</span></span></td>
    </tr>
    {{/rows}}
    </tbody>
    </table>
    {{^rows}}<p>{{say.index.none_analysed}}</p>{{/rows}}

    <h2 class="newpage">{{say.index.other.heading}}</h2>
    <p class="note">{{say.index.other.intro}}</p>
    {{#hasOthers}}
    <table id="others">
    <thead><tr><th>{{say.col.file}}</th><th>{{say.col.status}}</th><th>{{say.col.code}}</th><th>{{say.col.details}}</th></tr></thead>
    <tbody>
    {{#others}}<tr><td class="file">{{#.href}}<a href="{{.}}">{{path}}</a>{{/.href}}{{^.href}}{{path}}{{/.href}}</td><td>{{status}}</td><td><code>{{code}}</code></td>\
    <td>{{meaning}}{{#.message}}<div class="note mono">{{.}}</div>{{/.message}}</td></tr>
    {{/others}}
    </tbody>
    </table>
    {{/hasOthers}}
    {{^others}}<p>{{say.index.other.none}}</p>{{/others}}
    {{/body}}
    {{/layout}}
    """
}
