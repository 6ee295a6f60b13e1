extension Templates {
  /// §3: every track's frame scores over time, as SVG, with the verdict thresholds, frames without a
  /// face, scene cuts, gaps in the frame sequence and the frames shown in §5; then the same as a table.
  static let timeline = """
    <h2 id="timeline" class="newpage"><span class="num">3.</span>{{say.sec.timeline}}</h2>
    <figure>
    {{#.chart}}<svg class="timeline" viewBox="0 0 {{width}} {{height}}" role="img" aria-labelledby="tl-title" \
    xmlns="http://www.w3.org/2000/svg">
    <title id="tl-title">{{say.sec.timeline}}</title>
    {{#bands}}<rect x="{{x}}" y="{{top}}" width="{{w}}" height="{{plotHeight}}" fill="#e9ecef">\
    <title>{{say.timeline.legend.no_face}} · {{span}}</title></rect>
    {{/bands}}
    <rect x="{{left}}" y="{{top}}" width="{{plotWidth}}" height="{{highZone}}" fill="#b5523f" fill-opacity=".05"/>
    {{#thresholds}}<line x1="{{left}}" x2="{{right}}" y1="{{y}}" y2="{{y}}" stroke="#52606d" stroke-dasharray="5 4"/>
    <text x="{{labelX}}" y="{{labelY}}" font-size="11" fill="#52606d">{{value}}<title>{{title}}</title></text>
    {{/thresholds}}
    {{#yTicks}}<line x1="{{tickX}}" x2="{{left}}" y1="{{y}}" y2="{{y}}" stroke="#7b8794"/>\
    <text x="{{labelX}}" y="{{labelY}}" font-size="11" fill="#52606d" text-anchor="end">{{label}}</text>
    {{/yTicks}}
    <line x1="{{left}}" x2="{{left}}" y1="{{top}}" y2="{{bottom}}" stroke="#7b8794"/>
    <line x1="{{left}}" x2="{{right}}" y1="{{bottom}}" y2="{{bottom}}" stroke="#7b8794"/>
    {{#xTicks}}<line x1="{{x}}" x2="{{x}}" y1="{{bottom}}" y2="{{tickY}}" stroke="#7b8794"/>\
    <text x="{{x}}" y="{{labelY}}" font-size="11" fill="#52606d" text-anchor="middle">{{label}}</text>
    {{/xTicks}}
    <text x="{{axisX}}" y="{{axisY}}" font-size="11" fill="#7b8794" text-anchor="middle">{{say.timeline.axis.time}}</text>
    <text transform="translate(12 {{middleY}}) rotate(-90)" font-size="11" fill="#7b8794" \
    text-anchor="middle">{{say.timeline.axis.score}}</text>
    {{#cuts}}<line x1="{{x}}" x2="{{x}}" y1="{{guideTop}}" y2="{{bottom}}" stroke="#1e3a5f" stroke-opacity=".35"/>\
    <path d="{{marker}}" fill="#1e3a5f"><title>{{title}}</title></path>
    {{/cuts}}
    {{#gaps}}<path d="{{marker}}" stroke="#8f2d1f" stroke-width="2"><title>{{title}}</title></path>
    {{/gaps}}
    {{#series}}<path d="{{d}}" fill="none" stroke="{{colour}}" stroke-width="{{strokeWidth}}"\
    {{#dashed}} stroke-dasharray="2 2"{{/dashed}} stroke-linejoin="round"><title>{{title}}</title></path>
    {{/series}}
    {{#trackLabels}}<text x="{{x}}" y="{{y}}" font-size="11" font-weight="600" fill="{{colour}}">{{text}}</text>
    {{/trackLabels}}
    {{#markers}}<a href="#frame-{{number}}"><g><circle cx="{{x}}" cy="{{y}}" r="8" fill="#fff" stroke="#1e3a5f" \
    stroke-width="1.5"/><text x="{{x}}" y="{{textY}}" font-size="10" font-weight="700" fill="#1e3a5f" \
    text-anchor="middle">{{number}}</text><title>{{title}}</title></g></a>
    {{/markers}}
    </svg>{{/.chart}}
    {{#.stillNote}}<p>{{.}}</p>{{/.stillNote}}
    <ul class="legend">
    {{#legendTracks}}<li><span class="sw" style="background:{{colour}}"></span>{{name}}</li>{{/legendTracks}}
    <li><span class="legend-dash"></span>{{thresholdLegend}}</li>
    <li><span class="sw" style="background:repeating-linear-gradient(90deg,#9aa5b1 0 2px,transparent 2px 4px)"></span>\
    {{say.timeline.legend.excluded}}</li>
    <li><span class="sw" style="background:#e9ecef;height:10px"></span>{{say.timeline.legend.no_face}}</li>
    <li><svg width="12" height="9"><path d="M1,1 L11,1 L6,8 Z" fill="#1e3a5f"/></svg>{{say.timeline.legend.scene_cut}}</li>
    <li><svg width="10" height="10"><path d="M1,1 L9,9 M1,9 L9,1" stroke="#8f2d1f" stroke-width="2"/></svg>\
    {{say.timeline.legend.gap}}</li>
    <li><svg width="14" height="14"><circle cx="7" cy="7" r="6" fill="#fff" stroke="#1e3a5f" stroke-width="1.5"/></svg>\
    {{say.timeline.legend.top_frame}}</li>
    </ul>
    <figcaption>{{caption}} {{say.timeline.null_note}}{{#notes}} {{.}}{{/notes}}</figcaption>
    </figure>
    <details><summary>{{say.timeline.as_table}}</summary>
    <table class="tracktable"><thead><tr><th>{{say.col.track}}</th><th>{{say.col.span}}</th><th class="n">{{say.col.frames}}</th>\
    <th class="n">{{say.col.score}}</th><th></th></tr></thead>
    <tbody>{{#trackRows}}<tr><td>{{name}}</td><td>{{span}}</td><td class="n">{{frames}}</td><td class="n">{{score}}</td>\
    <td>{{status}}</td></tr>{{/trackRows}}</tbody></table></details>
    """
}
