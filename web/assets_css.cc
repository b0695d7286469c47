// The stylesheet served at /static/siaran.css (web/assets.h). System fonts only; colours meet
// WCAG AA contrast; every interactive element has a visible focus outline; one column below 52rem.
#include <string_view>

namespace siaran::web {

extern const std::string_view kStylesheetBody;
const std::string_view kStylesheetBody = R"CSS(
:root {
  --ink: #1b1f24; --muted: #4a5561; --accent: #0b4f8a; --accent-dark: #083a66;
  --line: #d3dae1; --soft: #f2f5f8; --mark: #ffe27a; --focus: #b34700; --error: #a4161a;
  --visited: #5a2d82;
}
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  line-height: 1.5; color: var(--ink); background: #fff; -webkit-text-size-adjust: 100%; }
body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
a { color: var(--accent); text-underline-offset: .15em; }
a:visited { color: var(--visited); }
a:hover { color: var(--accent-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
mark { background: var(--mark); color: inherit; padding: 0 .08em; border-radius: 2px; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .95em; }
h1, h2, h3 { line-height: 1.25; }
.wrap { max-width: 74rem; margin: 0 auto; padding: 0 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: var(--muted); }
.small { font-size: .85rem; }

.skip { position: absolute; left: -9999px; top: .5rem; z-index: 10; background: #fff; color: var(--accent);
  padding: .5rem 1rem; border: 2px solid var(--accent); border-radius: 4px; }
.skip:focus { left: .5rem; }

header.site { background: var(--accent); color: #fff; }
header.site .wrap { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; padding-top: .75rem;
  padding-bottom: .75rem; }
header.site a { color: #fff; }
header.site :focus-visible { outline-color: #ffd166; }
.brand { font-weight: 700; font-size: 1.35rem; text-decoration: none; letter-spacing: .02em; }
.tagline { opacity: .92; font-size: .95rem; }
.lang { margin-left: auto; font-size: .95rem; }
main.wrap { flex: 1 0 auto; width: 100%; padding-top: 1.5rem; padding-bottom: 2rem; }
footer.site { border-top: 1px solid var(--line); background: var(--soft); font-size: .9rem; }
footer.site .wrap { padding-top: 1rem; padding-bottom: 1rem; }

form.search { margin: 0 0 .5rem; }
.search-label { display: block; font-weight: 600; margin-bottom: .35rem; }
.home-title { font-size: 1.6rem; margin: .25rem 0 .5rem; }
.home-title label { font-weight: 700; }
.archive-size { color: var(--muted); margin: .25rem 0; }
.search-row { display: flex; gap: .5rem; }
.search-row input { flex: 1; min-width: 0; font: inherit; font-size: 1.1rem; padding: .55rem .75rem;
  border: 2px solid #5b6672; border-radius: 6px; background: #fff; color: var(--ink); }
button { font: inherit; font-weight: 600; background: var(--accent); color: #fff; border: 2px solid var(--accent);
  border-radius: 6px; padding: .5rem 1.1rem; cursor: pointer; }
button:hover { background: var(--accent-dark); }
details.help { margin: .25rem 0 1rem; font-size: .95rem; }
details.help summary { cursor: pointer; color: var(--accent); }
.help-intro { margin: .5rem 0; color: var(--muted); }
dl.hints { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: .3rem 2rem; margin: 0; }
dl.hints div { display: flex; gap: .6rem; align-items: baseline; }
dl.hints dt { flex: none; } dl.hints dd { margin: 0; color: var(--muted); }

.results { margin-top: .5rem; }
.summary { font-size: 1.25rem; margin: .5rem 0; }
.summary:focus { outline: none; }
.took, .page-of { font-weight: 400; color: var(--muted); font-size: 1rem; }
.suggestion { background: var(--soft); border-left: 4px solid var(--accent); padding: .5rem .75rem; margin: .5rem 0; }
.chips ul, .sort ul, .pager ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.chips { margin: .5rem 0; }
.chip { display: inline-flex; align-items: center; gap: .4rem; padding: .2rem .35rem .2rem .75rem;
  border: 1px solid var(--accent); border-radius: 999px; background: #eaf2fa; color: var(--accent-dark);
  text-decoration: none; font-size: .92rem; }
.chip:visited { color: var(--accent-dark); }
.chip .x { display: inline-grid; place-items: center; width: 1.3rem; height: 1.3rem; border-radius: 50%;
  background: var(--accent); color: #fff; font-size: .9rem; line-height: 1; }
.chip:hover .x { background: var(--accent-dark); }
.chips .clear { display: inline-block; padding: .2rem .5rem; font-size: .92rem; }
.sort { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .6rem; margin: .5rem 0 .25rem; font-size: .95rem; }
.sort-label { color: var(--muted); }
.sort a { display: inline-block; padding: .15rem .6rem; border-radius: 4px; text-decoration: none; }
.sort a.on { background: var(--accent); color: #fff; }

.layout { display: grid; grid-template-columns: 16rem minmax(0, 1fr); gap: 2rem; align-items: start; }
.layout.single { grid-template-columns: minmax(0, 1fr); }
.layout .hits-col { grid-column: 2; grid-row: 1; }
.layout.single .hits-col { grid-column: 1; }
.layout .facets { grid-column: 1; grid-row: 1; }
.hits { list-style: none; margin: 0; padding: 0; }
.hit { padding: .9rem 0; border-bottom: 1px solid var(--line); }
.hit-title { font-size: 1.12rem; margin: 0 0 .2rem; }
.hit-meta { margin: 0 0 .3rem; color: var(--muted); font-size: .9rem; }
.hit-meta a { color: var(--muted); }
.snippet { margin: 0; }
.inferred { font-style: italic; color: var(--muted); }
.hits-col > h2 { font-size: 1.2rem; margin: .5rem 0; }

.facets h2 { font-size: 1.05rem; margin: .5rem 0; }
.facet h3 { font-size: .95rem; margin: 1rem 0 .3rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.facet ul { list-style: none; margin: 0; padding: 0; }
.facet-value { display: flex; justify-content: space-between; gap: .5rem; padding: .2rem .45rem; border-radius: 4px;
  text-decoration: none; color: var(--ink); }
.facet-value:visited { color: var(--ink); }
.facet-value:hover { background: var(--soft); }
.facet-value .label { position: relative; padding-left: 1.45em; overflow-wrap: anywhere; }
.facet-value .label::before { content: ""; position: absolute; left: 0; top: .22em; width: .8em; height: .8em;
  border: 2px solid #5b6672; border-radius: 3px; }
.facet-value.on { background: #eaf2fa; font-weight: 600; }
.facet-value.on .label::before { background: var(--accent); border-color: var(--accent);
  box-shadow: inset 0 0 0 2px #fff; }
.count { color: var(--muted); font-variant-numeric: tabular-nums; }
details.more summary { cursor: pointer; color: var(--accent); padding: .2rem .45rem; font-size: .92rem; }
form.dates fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem .75rem; margin: 0; }
form.dates legend { font-weight: 600; padding: 0 .25rem; }
.date-field { display: flex; flex-direction: column; margin-bottom: .5rem; }
.date-field input { font: inherit; padding: .3rem .4rem; border: 2px solid #5b6672; border-radius: 4px; }
form.dates button { width: 100%; padding: .35rem; }

.pager { margin: 1.25rem 0; }
.pager a, .pager .current, .pager .gap { display: inline-block; min-width: 2.4rem; text-align: center;
  padding: .35rem .6rem; border-radius: 4px; }
.pager a { border: 1px solid var(--line); text-decoration: none; }
.pager a:hover { background: var(--soft); }
.pager .current { background: var(--accent); color: #fff; font-weight: 700; }

.empty .lead { font-size: 1.1rem; }
.empty h2 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
.tips { padding-left: 1.2rem; }
.error { border: 2px solid var(--error); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; }
.error h1 { font-size: 1.2rem; color: var(--error); margin: 0 0 .5rem; }
.error .message { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }

.crumbs { margin-bottom: .75rem; }
.doc-layout { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; gap: 2.5rem; align-items: start; }
.doc h1 { font-size: 1.7rem; margin: .25rem 0 1rem; }
.doc-meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1.25rem;
  padding: .75rem 1rem; background: var(--soft); border-radius: 6px; }
.doc-meta div { display: contents; }
.doc-meta dt { font-weight: 600; color: var(--muted); }
.doc-meta dd { margin: 0; overflow-wrap: anywhere; }
.doc-body { max-width: 42rem; font-size: 1.05rem; }
.doc-body p { margin: 0 0 1rem; }
.related h2 { font-size: 1.1rem; margin: .25rem 0 .5rem; }
.related-list { list-style: none; margin: 0; padding: 0; }
.related-list li { padding: .55rem 0; border-bottom: 1px solid var(--line); }
.related-meta { display: block; color: var(--muted); font-size: .88rem; }

main[aria-busy="true"] .results { opacity: .55; transition: opacity .15s; }

@media (max-width: 52rem) {
  .layout, .doc-layout { grid-template-columns: minmax(0, 1fr); gap: 1rem; }
  .layout .hits-col, .layout .facets { grid-column: 1; grid-row: auto; }
  .facets { border-top: 2px solid var(--line); }
  .tagline { display: none; }
  .sort { font-size: .9rem; }
  .sort a { padding: .15rem .45rem; }
}
@media (max-width: 30rem) {
  dl.hints { grid-template-columns: minmax(0, 1fr); }
  .search-row { flex-direction: column; }
  .doc-meta { grid-template-columns: 1fr; }
  .doc-meta dd { margin-bottom: .4rem; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media print { header.site, footer.site, .facets, .pager, form.search, details.help, .sort, .chips { display: none; } }
)CSS";

}  // namespace siaran::web
