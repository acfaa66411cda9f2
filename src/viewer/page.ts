// The viewer's HTML shell: controls, canvas container and details panel; all code comes from /viewer/app.js.
export interface ViewerPageConfig {
  /** Bearer token pre-filled in the token field ('' for none). */
  token: string;
}

/** Years offered by the time-window slider: the demo world's facts run from 2005 to 2017. */
export const YEAR_MIN = 2005;
export const YEAR_MAX = 2018;

// Only our own script and the API: the page handles intelligence data and must not call out.
export const VIEWER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// JSON inside a <script> element must not be able to close the tag or open a comment.
const embed = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

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
#live-info:empty{display:none}
#live-info{margin-top:6px;padding:6px;background:#fff4d6;border-radius:4px}
#legend .item{display:flex;align-items:center;gap:6px;font-size:12px}
#legend .swatch{width:18px;height:4px;flex:none}
#legend .dot{width:10px;height:10px;border-radius:50%;flex:none}
#legend .shape{width:12px;height:12px;flex:none}
#legend strong{display:block;margin-top:8px}
#side .tools{display:flex;gap:6px;flex-wrap:wrap}
#side .tools button{margin-top:6px}
#main{position:relative;flex:1;min-width:0}
#graph{position:absolute;inset:0;background:#fbfbfc}
#details{margin-top:10px;padding:8px 10px;background:#fff;border:1px solid #d8dbe0;border-radius:4px;font-size:12px}
#details:empty{display:none}
#details h2{font-size:13px;margin:0 0 4px}
#details dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}
#details dt{color:#5b6472}
#details dd{margin:0;word-break:break-word}
`;

function controls(): string {
  return `
<label for="token">Token</label>
<input type="text" id="token" autocomplete="off" spellcheck="false">
<label for="seed">Seed id</label>
<input type="text" id="seed" value="" placeholder="empty: your top recruiter" spellcheck="false">
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
<div id="status" role="status">Starting…</div>
<label for="search">Find in the canvas</label>
<div class="row"><input type="text" id="search" placeholder="a name or an id" spellcheck="false"><button type="button" id="find">Find</button></div>
<div id="path-info" role="status">Shift+click two nodes for the shortest path between them.</div>
<div class="tools"><button type="button" id="clear">Clear selection</button><button type="button" id="export-png">Export PNG</button><button type="button" id="export-json">Export JSON</button></div>
<label for="watch">Live: highlight what a watch reports</label>
<select id="watch"><option value="">off</option></select>
<div id="live-info" role="status"></div>
<div id="legend"></div>
<div id="details" aria-live="polite"></div>`;
}

export function viewerPage(config: ViewerPageConfig): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Skein network viewer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<style>${STYLE}</style></head>
<body data-state="starting" data-nodes="0" data-edges="0">
<aside id="side"><h1>Skein network viewer</h1>${controls()}
<p>Click a node to expand it. Hover for provenance.</p></aside>
<main id="main"><div id="graph"></div></main>
<script id="skein-viewer-config" type="application/json">${embed(config)}</script>
<script src="/viewer/app.js"></script>
</body></html>`;
}
