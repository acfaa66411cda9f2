const YEAR_MIN = 2005;
const YEAR_MAX = 2018;
const VIEWER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join("; ");
const embed = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
const STYLE = `
*{box-sizing:border-box}
html,body{height:100%;margin:0;font:13px/1.4 system-ui,sans-serif;color:#1d2430;background:#f4f5f7}
body{display:flex}
#side{width:290px;flex:none;overflow-y:auto;padding:12px;background:#fff;border-right:1px solid #d8dbe0}
#side h1{font-size:16px;margin:0 0 10px}
#side label{display:block;margin:8px 0 2px;font-weight:600}
#side input[type=text],#side select{width:100%;padding:4px 6px;font:inherit}
#side .row{display:flex;gap:8px;align-items:center}
#side .row input[type=range]{flex:1}
#side button{margin-top:10px;padding:5px 12px;font:inherit;cursor:pointer}
#status{margin-top:10px;padding:6px;background:#eef1f5;border-radius:4px;min-height:2.8em;white-space:pre-wrap}
#status[data-state=error]{background:#fde8e8;color:#8a1c1c}
#legend{margin-top:10px}
#legend .item{display:flex;align-items:center;gap:6px;font-size:12px}
#legend .swatch{width:18px;height:4px;flex:none}
#legend .dot{width:10px;height:10px;border-radius:50%;flex:none}
#main{position:relative;flex:1;min-width:0}
#graph{position:absolute;inset:0;background:#fbfbfc}
#details{position:absolute;top:10px;right:10px;width:300px;max-height:calc(100% - 20px);overflow:auto;
  padding:8px 10px;background:rgba(255,255,255,.96);border:1px solid #d8dbe0;border-radius:4px;font-size:12px}
#details:empty{display:none}
#details h2{font-size:13px;margin:0 0 4px}
#details dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}
#details dt{color:#5b6472}
#details dd{margin:0;word-break:break-word}
`;
function controls() {
  return `
<label for="token">Token</label>
<input type="text" id="token" autocomplete="off" spellcheck="false">
<label for="seed">Seed id</label>
<input type="text" id="seed" value="per-be-0001" spellcheck="false">
<label for="mode">Load</label>
<select id="mode">
  <option value="network" selected>Network analysis (communities, betweenness)</option>
  <option value="neighbourhood">Neighbourhood only</option>
</select>
<label for="depth">Depth</label>
<select id="depth"><option>1</option><option selected>2</option><option>3</option></select>
<label><input type="checkbox" id="use-window"> Time window <span id="window-label"></span></label>
<div class="row">from <input type="range" id="from-year" min="${YEAR_MIN}" max="${YEAR_MAX}" value="${YEAR_MIN}"></div>
<div class="row">to&nbsp;&nbsp;&nbsp; <input type="range" id="to-year" min="${YEAR_MIN}" max="${YEAR_MAX}" value="${YEAR_MAX}"></div>
<button type="button" id="load">Load</button>
<div id="status" role="status">Starting\u2026</div>
<div id="legend"></div>`;
}
function viewerPage(config) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Skein network viewer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<style>${STYLE}</style></head>
<body data-state="starting" data-nodes="0" data-edges="0">
<aside id="side"><h1>Skein network viewer</h1>${controls()}
<p>Click a node to expand it. Hover for provenance.</p></aside>
<main id="main"><div id="graph"></div><div id="details" aria-live="polite"></div></main>
<script id="skein-viewer-config" type="application/json">${embed(config)}</script>
<script src="/viewer/app.js"></script>
</body></html>`;
}
export {
  VIEWER_CSP,
  YEAR_MAX,
  YEAR_MIN,
  viewerPage
};
