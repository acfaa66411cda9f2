import { fromRoot } from "../projectRoot.js";
import { build } from "esbuild";
import express, {} from "express";
import { viewerPage, VIEWER_CSP } from "./page.js";
const ENTRY = fromRoot("src", "viewer", "client", "main.ts");
let bundle;
function viewerBundle() {
  bundle ??= buildBundle().catch((err) => {
    bundle = void 0;
    throw err;
  });
  return bundle;
}
async function buildBundle() {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    // graphology and sigma read NODE_ENV for dev-only checks; the page has no `process`.
    define: { "process.env.NODE_ENV": '"production"' },
    legalComments: "none",
    logLevel: "silent"
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("viewer bundle: esbuild produced no output");
  return file.text;
}
function tokenFrom(headers) {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === "authorization");
  const match = entry && /^Bearer\s+(\S+)$/i.exec(entry[1].trim());
  return match?.[1] ?? "";
}
function viewerRouter(headers) {
  const router = express.Router();
  viewerBundle().catch(() => {
  });
  router.get("/app.js", async (_req, res) => {
    try {
      const js = await viewerBundle();
      res.type("application/javascript").set("cache-control", "no-cache").send(js);
    } catch {
      res.status(500).type("text/plain").send("viewer bundle unavailable");
    }
  });
  router.get("/", async (_req, res) => {
    const token = tokenFrom(await headers().catch(() => ({})));
    res.set("content-security-policy", VIEWER_CSP).set("cache-control", "no-store").type("html").send(viewerPage({ token }));
  });
  return router;
}
export {
  tokenFrom,
  viewerBundle,
  viewerRouter
};
