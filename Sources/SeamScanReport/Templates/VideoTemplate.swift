extension Templates {
  /// One input's page: the exhibit box, then the seven numbered sections.
  static let video = """
    {{<layout}}
    {{$body}}
    <nav class="crumbs no-print"><a href="../index.html">{{say.nav.back_to_index}}</a></nav>
    <p class="disclaimer">{{say.report.not_expert}}</p>
    {{#alerts}}<div class="alert" role="alert"><strong>⚠ {{message}}</strong>\
    {{#.detail}}<br><span class="mono">{{.}}</span>{{/.detail}}</div>{{/alerts}}
    {{#.standardInputNote}}<aside class="warnbox" role="note">{{.}}</aside>{{/.standardInputNote}}
    <div class="exhibit">
      <div>
        <div class="note">{{say.video.exhibit}}</div>
        <div class="exhibit-name">{{name}}</div>
        <div class="path">{{path}}</div>
        <div class="note">{{say.prov.sha256}}</div>
        <div class="sha" data-field="video/sha256" data-value="{{sha}}">{{sha}}</div>
        {{#hashMatches}}<div class="ok">✓ {{say.prov.hash.ok}}</div>{{/hashMatches}}
      </div>
      <div class="right">
        <span data-field="summary/verdict" data-value="{{verdictValue}}">{{>verdictChip}}</span>
        <div class="bigscore"><span data-field="summary/score" data-value="{{scoreValue}}">{{scoreShown}}</span>\
    <small>{{scoreLabel}} · {{say.video.score.scale}}</small></div>
        {{#scale}}<div class="scale">{{>meter}}<span class="lbl" style="left:{{lowLeft}}">{{low}}</span>\
    <span class="lbl" style="left:{{highLeft}}">{{high}}</span></div>{{/scale}}
      </div>
    </div>
    <ul class="toc">{{#toc}}<li><a href="#{{anchor}}">{{number}}. {{title}}</a></li>{{/toc}}</ul>
    {{#provenance}}{{>provenance}}{{/provenance}}
    {{#verdictText}}{{>verdictText}}{{/verdictText}}
    {{#timeline}}{{>timeline}}{{/timeline}}
    {{#gallery}}{{>gallery}}{{/gallery}}
    {{#suspects}}{{>suspects}}{{/suspects}}
    {{#reproduce}}{{>reproduce}}{{/reproduce}}
    {{#glossary}}{{>glossary}}{{/glossary}}
    <div class="signoff print-only"><div>{{say.print.signoff}}</div><div>{{say.print.date}}</div>\
    <div>{{say.print.signature}}</div></div>
    {{/body}}
    {{/layout}}
    """

  /// A line of a definition list, with the record field it shows when it shows one.
  static let fact = """
    <dt>{{label}}</dt><dd{{#mono}} class="mono"{{/mono}}{{#.field}} data-field="{{.}}"{{/.field}}\
    {{#.raw}} data-value="{{.}}"{{/.raw}}>{{value}}{{#.note}}<br><span class="note">{{.}}</span>{{/.note}}</dd>
    """

  /// §1: the file, the analysis, the model files and every option.
  static let provenance = """
    <h2 id="provenance"><span class="num">1.</span>{{say.sec.provenance}}</h2>
    <div class="cols2">
    <div><h3>{{say.prov.file}}</h3>
    <dl class="kv">{{#fileFacts}}{{>fact}}{{/fileFacts}}</dl></div>
    <div><h3>{{say.prov.analysis}}</h3>
    <dl class="kv">{{#analysisFacts}}{{>fact}}{{/analysisFacts}}</dl></div>
    </div>
    <h3>{{say.prov.models}}</h3>
    <table class="models"><thead><tr><th>{{say.col.role}}</th><th>{{say.col.path}}</th><th>{{say.col.package}}</th>\
    <th class="n">{{say.col.size}}</th><th>{{say.col.sha256}}</th></tr></thead>
    <tbody>{{#models}}<tr><td>{{role}}</td><td class="mono wrap" data-field="{{field}}/path" data-value="{{path}}">\
    {{path}}</td><td>{{package}}</td><td class="n" data-field="{{field}}/size" data-value="{{sizeValue}}">{{size}}</td>\
    <td class="mono wrap small" data-field="{{field}}/sha256" data-value="{{sha}}">{{sha}}</td></tr>{{/models}}
    {{^models}}<tr><td colspan="5">{{say.prov.models.none}}</td></tr>{{/models}}</tbody></table>
    <details open><summary>{{say.prov.options}}</summary>
    <ul class="opts">{{#options}}<li><code>{{key}}</code> <span class="eq">=</span> <code data-field="video/options/{{path}}" \
    data-value="{{value}}">{{shown}}</code>{{#unset}} <span class="note">({{say.prov.option.unset}})</span>{{/unset}}</li>\
    {{/options}}</ul>
    </details>
    """

  /// §2: what the verdict says and does not say, and the rates behind the thresholds.
  static let verdictText = """
    <h2 id="verdict" class="newpage"><span class="num">2.</span>{{say.sec.verdict}}</h2>
    <p><strong>{{lead}}</strong></p>
    <p>{{means}}</p>
    {{#.reasonLong}}<p>{{.}}</p>{{/.reasonLong}}
    <p class="note">{{howScored}} {{thresholds}}</p>
    <h3>{{say.rates.heading}}</h3>
    {{#.rates}}<table class="rates"><thead><tr><th>{{say.col.tested}}</th><th class="n">{{say.col.flagged}}</th><th></th>\
    </tr></thead><tbody>
    {{#rows}}<tr><td>{{label}}</td><td class="n">{{fraction}}</td><td class="note">{{kind}}</td></tr>{{/rows}}
    </tbody></table>
    <p class="note">{{{source}}}</p>
    {{#.lowDetection}}<p><strong>{{.}}</strong></p>{{/.lowDetection}}{{/.rates}}
    {{#.ratesMissing}}<p class="note">{{.}}</p>{{/.ratesMissing}}
    <h3>{{{sayHTML.notmean.heading}}}</h3>
    <ul>
    <li>{{{notMeanLikelyManipulated}}}</li>
    <li>{{{sayHTML.notmean.inconclusive}}}</li>
    <li>{{{sayHTML.notmean.no_evidence_found}}}</li>
    <li>{{{sayHTML.notmean.no_face}}}</li>
    </ul>
    {{>warning}}
    """
}
