/// The report's one stylesheet, inlined in every page: a calm, document-like sheet; verdict colours
/// that never use green ("no evidence found" does not clear a video); a print stylesheet for A4
/// that keeps figures, frames and tables whole and repeats table headers on every page.
enum Stylesheet {
  static let css = #"""
    :root{--ink:#1f2933;--muted:#52606d;--faint:#7b8794;--rule:#d5dbe1;--rule2:#e9edf1;--band:#f5f7f9;--navy:#1e3a5f;
    --red:#8f2d1f;--red-bg:#f9e8e4;--red-line:#d9a497;--amber:#735300;--amber-bg:#fbf1d6;--amber-line:#dcc27a;
    --slate:#3e4c59;--slate-bg:#eceff2;--slate-line:#b8c2cc;--lo:.502;--hi:.866;
    --sans:"Noto Sans","Segoe UI","DejaVu Sans",Arial,sans-serif;--mono:"Noto Sans Mono","Liberation Mono",Consolas,"Cousine",monospace}
    *{box-sizing:border-box}
    html{font-size:15px;-webkit-text-size-adjust:100%}
    body{margin:0;background:#e9ecef;color:var(--ink);font-family:var(--sans);line-height:1.5;font-variant-numeric:tabular-nums}
    .sheet{max-width:1120px;margin:24px auto;background:#fff;border:1px solid #d3d8dd;padding:28px 40px 40px}
    a{color:var(--navy)}
    code,.mono{font-family:var(--mono);font-size:.86em}
    .masthead{border-bottom:3px solid var(--navy);padding-bottom:10px;margin-bottom:18px;display:flex;justify-content:space-between;align-items:flex-end;gap:24px}
    .masthead .kicker{font-size:.78rem;letter-spacing:.08em;text-transform:uppercase;color:var(--navy);font-weight:600}
    .masthead h1{margin:2px 0 0;font-size:1.55rem;font-weight:600;line-height:1.25;overflow-wrap:anywhere}
    .masthead .meta{font-size:.8rem;color:var(--muted);text-align:right;white-space:nowrap}
    .masthead .meta div{margin:1px 0}
    .crumbs{font-size:.85rem;margin:-8px 0 14px}
    .disclaimer{font-size:.82rem;color:var(--muted);margin:0 0 16px}
    h2{font-size:1.15rem;font-weight:600;color:var(--navy);margin:34px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--rule)}
    h2 .num{display:inline-block;min-width:1.6em;color:var(--faint);font-weight:500}
    h3{font-size:.98rem;font-weight:600;margin:20px 0 8px}
    p{margin:6px 0 10px}
    .note{font-size:.85rem;color:var(--muted)}
    .warnbox{border:1px solid var(--amber-line);border-left:5px solid #b7891a;background:#fffaf0;padding:10px 14px;margin:14px 0;font-size:.9rem}
    .warnbox h3{margin:0 0 4px;font-size:.92rem;color:#5c4300}
    .warnbox p{margin:0}
    .alert{border:1px solid var(--red-line);border-left:5px solid var(--red);background:var(--red-bg);padding:10px 14px;margin:10px 0;font-size:.9rem}
    .ok{color:#2f5d3a;font-size:.85rem}
    .verdict{display:inline-block;padding:1px 8px;border-radius:3px;font-weight:600;font-size:.84rem;border:1px solid;white-space:nowrap}
    .v-likely_manipulated{color:var(--red);background:var(--red-bg);border-color:var(--red-line)}
    .v-inconclusive{color:var(--amber);background:var(--amber-bg);border-color:var(--amber-line)}
    .v-no_evidence_found{color:var(--slate);background:var(--slate-bg);border-color:var(--slate-line)}
    .v-no_face,.v-not_scored{color:var(--faint);background:#fff;border-color:var(--slate-line);border-style:dashed}
    .meter{display:inline-block;position:relative;width:56px;height:8px;vertical-align:middle;border-radius:1px;
     background:linear-gradient(to right,#e3e7eb 0 calc(var(--lo)*100%),#f3e6bf calc(var(--lo)*100%) calc(var(--hi)*100%),#efcdc5 calc(var(--hi)*100%) 100%)}
    .meter i{position:absolute;top:-3px;bottom:-3px;width:3px;margin-left:-1px;background:var(--ink);left:calc(var(--s)*100%)}
    .overview{display:flex;flex-wrap:wrap;gap:8px 10px;margin:8px 0 4px;padding:0;list-style:none}
    .overview li{border:1px solid var(--rule);padding:6px 12px;min-width:120px;font-size:.85rem;color:var(--muted)}
    .overview li b{display:block;font-size:1.35rem;font-weight:600;color:var(--ink)}
    .overview li.c-likely_manipulated{border-left:4px solid #b04a37}.overview li.c-inconclusive{border-left:4px solid #c9a23a}
    .overview li.c-no_evidence_found{border-left:4px solid #8795a3}.overview li.c-no_face{border-left:4px dashed #aab4be}
    .overview li.c-problem{border-left:4px solid #555}
    table{border-collapse:collapse;width:100%;font-size:.86rem}
    #inputs{table-layout:fixed}
    .c-rank{width:3em}.c-verdict{width:12.5em}.c-score{width:8.2em}.c-reason{width:9em}.c-faces{width:9.5em}.c-dur{width:5.2em}.c-sha{width:8.6em}
    #inputs thead th{white-space:normal;vertical-align:bottom}
    #inputs .verdict{white-space:normal}
    th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid var(--rule2)}
    thead th{border-bottom:2px solid var(--rule);font-weight:600;color:var(--muted);font-size:.8rem;white-space:nowrap;background:#fff}
    td.n,th.n{text-align:right;white-space:nowrap}
    tbody tr:hover{background:#f7f9fb}
    .file{overflow-wrap:anywhere;font-weight:500}
    .file .dir{display:block;font-weight:400;color:var(--faint);font-size:.78rem}
    .hash .full{display:none}
    .hash .short{font-family:var(--mono);font-size:.8rem;color:var(--muted);white-space:nowrap}
    .flag{display:block;color:var(--red);font-size:.78rem;margin-top:2px}
    button.sort{all:unset;cursor:pointer;margin-left:4px}
    button.sort:focus-visible{outline:2px solid var(--navy)}
    button.sort::after{content:"↕";color:#b0b8c0;font-size:.8em}
    th[aria-sort=ascending] button.sort::after{content:"▲";color:var(--navy)}
    th[aria-sort=descending] button.sort::after{content:"▼";color:var(--navy)}
    .tools{display:flex;gap:16px;align-items:center;margin:6px 0 8px;font-size:.85rem;color:var(--muted)}
    .tools input{font:inherit;padding:3px 6px;border:1px solid var(--rule);min-width:260px}
    dl.kv{display:grid;grid-template-columns:max-content 1fr;gap:3px 18px;margin:6px 0 12px;font-size:.88rem}
    dl.kv dt{color:var(--muted)}
    dl.kv dd{margin:0;overflow-wrap:anywhere}
    .cols2{display:grid;grid-template-columns:1fr 1fr;gap:0 36px}
    .exhibit{display:grid;grid-template-columns:1fr auto;gap:20px;border:1px solid var(--rule);background:var(--band);padding:14px 18px;margin-bottom:8px}
    .exhibit .path{font-size:.82rem;color:var(--muted);overflow-wrap:anywhere}
    .exhibit .sha{font-family:var(--mono);font-size:.78rem;overflow-wrap:anywhere;color:var(--ink)}
    .exhibit .right{text-align:right;min-width:300px}
    .exhibit .verdict{font-size:1.05rem;padding:3px 12px}
    .exhibit .bigscore{font-size:2rem;font-weight:600;line-height:1.1;margin-top:6px}
    .exhibit .bigscore small{font-size:.8rem;font-weight:400;color:var(--muted);display:block}
    .scale{position:relative;height:34px;margin-top:6px}
    .scale .meter{width:100%;height:10px}
    .scale .lbl{position:absolute;top:14px;font-size:.72rem;color:var(--muted);transform:translateX(-50%)}
    .toc{font-size:.85rem;color:var(--muted);margin:4px 0 0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:2px 18px}
    .toc a{color:var(--muted)}
    figure{margin:10px 0 16px}
    figcaption{font-size:.82rem;color:var(--muted);margin-top:4px}
    svg text{font-family:var(--sans)}
    .timeline{width:100%;height:auto;border:1px solid var(--rule2);background:#fff}
    .legend{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:.8rem;color:var(--muted);margin:6px 0 0;padding:0;list-style:none}
    .legend svg{vertical-align:middle;margin-right:4px}
    details{margin:6px 0 10px;font-size:.86rem}
    summary{cursor:pointer;color:var(--navy)}
    .gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:12px;margin:8px 0}
    .card{border:1px solid var(--rule);padding:10px;display:grid;grid-template-columns:96px 1fr;gap:10px;font-size:.82rem;break-inside:avoid}
    .card img,.card .noimg{width:96px;height:96px;border:1px solid var(--rule);background:#f0f2f4;display:block}
    .card.lead{border:2px solid #b04a37}
    .card .t{font-weight:600;font-size:.9rem}
    .card .sub{color:var(--muted)}
    .card .tag{display:inline-block;margin-top:4px;font-size:.75rem;padding:0 6px;border:1px solid var(--red-line);color:var(--red);background:var(--red-bg)}
    .card .tag.ex{border-color:var(--slate-line);color:var(--faint);background:#fff;border-style:dashed}
    .sw{display:inline-block;width:18px;height:3px;vertical-align:middle;margin-right:5px}
    .suspect{border-top:1px solid var(--rule);padding-top:10px;margin-top:18px;break-inside:avoid}
    .suspect h3{margin:4px 0 8px;display:flex;justify-content:space-between;gap:12px;flex-wrap:wrap}
    .suspect h3 .badge{display:inline-flex;width:22px;height:22px;border-radius:50%;background:var(--navy);color:#fff;font-size:.8rem;align-items:center;justify-content:center;margin-right:8px}
    .panels{display:grid;grid-template-columns:1.35fr 1fr;gap:18px;align-items:start}
    .panel svg{width:100%;height:auto;display:block;border:1px solid var(--rule);background:#222}
    .panel svg[width]{width:auto;max-width:100%}
    .panel .cap{font-size:.78rem;color:var(--muted);margin-top:3px}
    dl.facts{font-size:.8rem;margin:8px 0 0}
    .evidence{display:grid;grid-template-columns:320px 1fr;gap:24px;margin-top:14px}
    .evidence .cap{line-height:1.7}
    .swatch{display:inline-block;width:10px;height:10px;margin-right:5px;vertical-align:-1px}
    .swatch.p{background:rgba(190,50,30,.6)}.swatch.m{background:rgba(40,90,160,.6)}
    table.cues td.what a{white-space:nowrap}
    .ramp{display:inline-block;width:120px;height:9px;vertical-align:middle;background:linear-gradient(to right,rgba(40,90,160,.75),rgba(40,90,160,.08) 45%,rgba(255,255,255,0) 50%,rgba(190,50,30,.08) 55%,rgba(190,50,30,.75))}
    table.cues td.cue{font-family:var(--mono);font-size:.78rem;white-space:nowrap}
    table.cues td.what{color:var(--muted)}
    .cbar{display:inline-block;position:relative;width:130px;height:10px;vertical-align:middle;margin-right:6px;background:linear-gradient(#b8c2cc,#b8c2cc) 50% 0/1px 100% no-repeat}
    .cbar i{position:absolute;top:1px;bottom:1px}
    .cbar i.p{background:#b5523f}.cbar i.m{background:#4b74a8}
    .formula{font-family:var(--mono);font-size:.8rem;background:var(--band);padding:6px 10px;border:1px solid var(--rule2);overflow-wrap:anywhere}
    pre{font-family:var(--mono);font-size:.8rem;background:var(--band);border:1px solid var(--rule2);padding:8px 12px;white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0 12px}
    ol.steps{padding-left:1.3em}
    ol.steps li{margin-bottom:4px}
    .print-only{display:none}
    ul.opts{columns:2;column-gap:36px;list-style:none;padding:0;margin:6px 0;font-size:.82rem}
    ul.opts li{break-inside:avoid;padding:1px 0;border-bottom:1px dotted var(--rule2)}
    ul.opts .eq{color:var(--faint)}
    .signoff{margin-top:28px;display:none;grid-template-columns:2fr 1fr 2fr;gap:24px;font-size:.85rem}
    .signoff div{border-top:1px solid var(--ink);padding-top:4px;color:var(--muted)}
    footer{margin-top:30px;border-top:1px solid var(--rule);padding-top:8px;font-size:.78rem;color:var(--faint)}
    @media (max-width:800px){.sheet{padding:16px}.panels,.evidence,.cols2,.exhibit{grid-template-columns:1fr}ul.opts{columns:1}.exhibit .right{text-align:left}.masthead{flex-direction:column;align-items:flex-start}.masthead .meta{text-align:left;white-space:normal}}
    @media print{
     @page{size:A4;margin:14mm 12mm 16mm 12mm;
      @bottom-left{content:var(--print-title);font:7.5pt var(--sans);color:#666}
      @bottom-right{content:var(--print-page) " " counter(page) " " var(--print-of) " " counter(pages);font:7.5pt var(--sans);color:#666}}
     html{font-size:9.5pt}
     body{background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
     .sheet{max-width:none;margin:0;border:0;padding:0}
     .no-print,.tools,button.sort,.crumbs,.toc{display:none!important}
     button.sort{cursor:auto}
     .print-only{display:block}
     .signoff.print-only{display:grid}
     a{color:inherit;text-decoration:none}
     h2{break-after:avoid}
     h2.newpage{break-before:page}
     figure,.card,.exhibit,.warnbox,table.rates,dl.kv,pre,.panels,.evidence,svg{break-inside:avoid}
     .suspect{break-inside:auto}
     .suspect h3{break-after:avoid}
     tr{break-inside:avoid}
     .c-sha{width:14em}.c-verdict{width:11em}
     .overview li{min-width:0;padding:3px 10px}
     thead{display:table-header-group}
     tbody tr:hover{background:none}
     .hash .short{display:none}
     .hash .full{display:inline;font-family:var(--mono);font-size:7pt;overflow-wrap:anywhere;word-break:break-all}
     details::details-content{content-visibility:visible;display:block}
     details>summary{list-style:none;color:var(--ink);font-weight:600}
     details>summary::-webkit-details-marker{display:none}
     .panels{grid-template-columns:1.35fr 1fr}
     .evidence{grid-template-columns:38% 1fr}
    }
    .noimg{display:flex;align-items:center;justify-content:center;text-align:center;color:#fff;font-size:.8rem;padding:12px;aspect-ratio:16/9;background:repeating-linear-gradient(45deg,#4a5560 0 6px,#56616c 6px 12px)}
    .card .noimg{aspect-ratio:auto;padding:4px;font-size:.65rem}
    table.regions{width:auto;font-size:.8rem;margin-top:6px}
    table.regions td{padding:2px 6px}
    .legend-dash{display:inline-block;width:18px;border-top:2px dashed #1e3a5f;vertical-align:middle;margin-right:5px}
    .rawvalue{font-family:var(--mono);font-size:.75rem;color:var(--faint)}
    .kicker a{color:inherit}
    .exhibit-name{font-size:1.1rem;font-weight:600;overflow-wrap:anywhere}
    td.wrap{overflow-wrap:anywhere;word-break:break-all}
    td.small{font-size:.74rem}
    table.models{table-layout:fixed}
    table.models th:nth-child(1){width:11em}table.models th:nth-child(3){width:8em}table.models th:nth-child(4){width:7em}
    .cuesblock{margin-top:14px}
    table.regions .swatch{width:14px;height:14px;margin:0}
    """#
}
