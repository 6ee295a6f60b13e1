extension Templates {
  /// §4: one card per face track.
  static let gallery = """
    <h2 id="tracks"><span class="num">4.</span>{{say.sec.tracks}}</h2>
    <p class="note">{{intro}} {{derivedNote}}</p>
    <div class="gallery">
    {{#cards}}<div class="card{{#lead}} lead{{/lead}}" id="track-{{id}}">\
    {{#.thumb}}<img src="{{{thumb}}}" width="96" height="96" alt="{{alt}}" style="object-fit:cover">{{/.thumb}}\
    {{#.noPicture}}<div class="noimg">{{.}}</div>{{/.noPicture}}<div>
      <div class="t" style="color:{{colour}}">{{name}}</div>
      <div class="sub">{{span}}</div>
      <div class="sub">{{frames}}</div>
      {{#.score}}<div>{{line}} {{>meter}}</div>{{/.score}}{{#.notScored}}<div class="sub">{{.}}</div>{{/.notScored}}
      {{#.median}}<div class="sub">{{.}}</div>{{/.median}}
      {{#.leadTag}}<span class="tag">{{.}}</span>{{/.leadTag}}{{#.excludedTag}}<span class="tag ex">{{.}}</span>{{/.excludedTag}}
    </div></div>
    {{/cards}}
    {{^cards}}<p>{{say.tracks.none}}</p>{{/cards}}
    </div>
    """

  /// §5: the most suspicious frames, each with its pictures, overlays and cues.
  static let suspects = """
    <h2 id="frames" class="newpage"><span class="num">5.</span>{{say.sec.frames}}</h2>
    <p class="note">{{intro}}</p>
    {{#.landmarkNote}}<p class="warnbox">{{.}}</p>{{/.landmarkNote}}
    {{#.pictureNote}}<p class="alert">{{.}}</p>{{/.pictureNote}}
    {{#frames}}{{>suspect}}{{/frames}}
    {{^frames}}<p>{{say.frames.none}}</p>{{/frames}}
    """

  static let suspect = """
    <section class="suspect" id="frame-{{number}}">
    {{#.faceCrop}}<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs><image \
    id="crop-{{number}}" href="{{{faceCrop}}}" x="{{cropX}}" y="{{cropY}}" width="{{cropW}}" height="{{cropH}}" \
    style="image-rendering:pixelated"/></defs></svg>{{/.faceCrop}}
    <h3><span><span class="badge">{{number}}</span>{{title}}</span><span>\
    <span data-field="{{field}}/score" data-value="{{scoreValue}}">{{scoreLine}}</span> {{>meter}}</span></h3>
    <div class="panels">
      <div class="panel"><svg viewBox="0 0 {{frameWidth}} {{frameHeight}}" role="img" aria-label="{{fullCaption}}">
      {{#.wholeFrame}}<image href="{{{wholeFrame}}}" x="0" y="0" width="{{frameWidth}}" height="{{frameHeight}}"/>{{/.wholeFrame}}\
    {{^.wholeFrame}}<rect width="{{frameWidth}}" height="{{frameHeight}}" fill="#4a5560"/>{{/.wholeFrame}}
      <rect x="{{boxX}}" y="{{boxY}}" width="{{boxW}}" height="{{boxH}}" fill="none" stroke="#000" stroke-opacity=".6" \
    stroke-width="{{boxStroke}}"/>
      <rect x="{{boxX}}" y="{{boxY}}" width="{{boxW}}" height="{{boxH}}" fill="none" stroke="#ffe066" \
    stroke-width="{{boxInner}}"/>
      <rect x="{{cropX}}" y="{{cropY}}" width="{{cropW}}" height="{{cropH}}" fill="none" stroke="#fff" \
    stroke-width="{{boxInner}}" stroke-dasharray="4 3" stroke-opacity=".8"/>
      </svg>
      <div class="cap">{{fullCaption}}</div>
      <dl class="kv facts">{{#facts}}{{>fact}}{{/facts}}</dl></div>
      <div class="panel"><svg viewBox="{{cropX}} {{cropY}} {{cropW}} {{cropH}}" width="{{zoomWidth}}" \
    height="{{zoomHeight}}" role="img" aria-label="{{faceCaption}}">
      {{#.faceCrop}}<use href="#crop-{{number}}"/>{{/.faceCrop}}\
    {{^.faceCrop}}<rect x="{{cropX}}" y="{{cropY}}" width="{{cropW}}" height="{{cropH}}" fill="#4a5560"/>{{/.faceCrop}}
      <rect x="{{boxX}}" y="{{boxY}}" width="{{boxW}}" height="{{boxH}}" fill="none" stroke="#ffe066" \
    stroke-width="{{thin}}"/>
      {{#.hull}}<path d="{{.}}" fill="none" stroke="#000" stroke-opacity=".55" stroke-width="{{hullOuter}}"/>\
    <path d="{{.}}" fill="none" stroke="#fff" stroke-width="{{thin}}" stroke-dasharray="{{dash}}">\
    <title>{{say.overlay.mask_edge}}</title></path>{{/.hull}}
      {{#.landmarks}}<g fill="#ffe066" stroke="#000" stroke-width="{{hairline}}"><title>{{say.overlay.landmarks}}</title>\
    {{#points}}<circle cx="{{x}}" cy="{{y}}" r="{{dot}}"/>{{/points}}</g>{{/.landmarks}}
      </svg>
      <div class="cap">{{faceCaption}}</div></div>
    </div>
    <div class="evidence">
      <div class="panel">{{#.map}}<svg viewBox="{{cropX}} {{cropY}} {{cropW}} {{cropH}}" role="img" \
    aria-label="{{say.frame.panel.map}}">
      {{#faceCrop}}<use href="#crop-{{number}}" style="filter:grayscale(1)"/>{{/faceCrop}}\
    {{^faceCrop}}<rect x="{{cropX}}" y="{{cropY}}" width="{{cropW}}" height="{{cropH}}" fill="#4a5560"/>{{/faceCrop}}
      <rect x="{{cropX}}" y="{{cropY}}" width="{{cropW}}" height="{{cropH}}" fill="#fff" fill-opacity=".35"/>
      {{#areas}}<path d="{{d}}" fill-rule="evenodd" fill="{{colour}}" fill-opacity="{{opacity}}"><title>{{title}}</title>\
    </path>{{/areas}}
      {{#lines}}<path d="{{d}}" fill="none" stroke="{{colour}}" stroke-opacity="{{opacity}}" \
    stroke-width="{{width}}"{{#dashed}} stroke-dasharray="{{dash}}"{{/dashed}}><title>{{title}}</title></path>{{/lines}}
      </svg>{{/.map}}
      <div class="cap">{{mapCaption}}<br><span class="ramp"></span><br><span class="swatch m"></span>\
    {{say.overlay.towards_real}}<br><span class="swatch p"></span>{{say.overlay.towards_fake}}</div>
    </div>
      <div><h3 style="margin-top:0">{{say.map.heading}}</h3>
      <table class="regions"><thead><tr><th></th><th>{{say.map.col.region}}</th><th class="n">{{say.col.contribution}}</th>\
    </tr></thead><tbody>{{#regions}}<tr><td><span class="swatch" style="{{swatch}}"></span></td><td>{{name}}\
    {{#.cues}}<div class="note">{{.}}</div>{{/.cues}}</td><td class="n">{{sum}}</td></tr>{{/regions}}</tbody></table>
      <p class="note">{{say.map.rings_note}}</p></div>
    </div>
    <div class="cuesblock"><h3>{{say.cues.heading}}</h3>
    <p class="note">{{topNote}} {{say.cues.explain}}</p>
    <table class="cues">{{>cueHead}}<tbody>{{#topCues}}{{>cueRow}}{{/topCues}}</tbody></table></div>
    {{#hasMoreCues}}<details><summary>{{allCues}}</summary>
    <table class="cues">{{>cueHead}}<tbody>{{#moreCues}}{{>cueRow}}{{/moreCues}}</tbody></table></details>{{/hasMoreCues}}
    <p class="formula">{{formula}}</p>
    </section>
    """

  static let cueHead = """
    <thead><tr><th>{{say.col.cue}}</th><th>{{say.col.measures}}</th><th class="n">{{say.col.value}}</th>\
    <th class="n">{{say.col.contribution}}</th></tr></thead>
    """

  static let cueRow = """
    <tr><td class="cue">{{name}}</td><td class="what"><a href="#cue-{{family}}">{{familyName}}</a></td>\
    <td class="n" data-field="{{cueField}}/value" data-value="{{rawValue}}">{{value}}</td>\
    <td class="n" data-field="{{cueField}}/contribution" data-value="{{rawContribution}}">\
    {{#.bar}}<span class="cbar"><i class="{{side}}" style="{{style}}"></i></span>{{/.bar}}{{contribution}}</td></tr>
    """

  /// §6: the commands that check the file and repeat the scan.
  static let reproduce = """
    <h2 id="reproduce" class="newpage"><span class="num">6.</span>{{say.sec.reproduce}}</h2>
    <p>{{{intro}}}</p>
    <p class="note">{{requires}}</p>
    <ol class="steps">
    <li>{{say.repro.step.hash}}<pre>{{hashCommand}}</pre></li>
    <li>{{say.repro.step.scan}}<pre id="reproduce-command">{{scanCommand}}</pre>{{#.fixedNote}}<p class="note">{{.}}</p>{{/.fixedNote}}</li>
    <li>{{say.repro.step.compare}}<pre>{{compareCommand}}</pre></li>
    </ol>
    """

  /// §7: what each cue family measures, in the words of the `SeamScanForensics` documentation.
  static let glossary = """
    <h2 id="glossary"><span class="num">7.</span>{{say.sec.glossary}}</h2>
    <table class="glossary"><tbody>{{#families}}<tr id="cue-{{id}}"><td><strong>{{name}}</strong>\
    <div class="mono note">{{cues}}</div></td><td>{{what}}<div class="note">{{region}}</div></td></tr>{{/families}}</tbody></table>
    <p class="note">{{say.glossary.rings}} {{say.glossary.track}} {{say.glossary.aligned_size}} {{say.glossary.docs}}</p>
    """
}
