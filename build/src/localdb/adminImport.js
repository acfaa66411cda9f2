import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { dbPaths, ensureLauncherBuilt, LineTail } from "./build.js";
class AdminImportError extends Error {
  name = "AdminImportError";
}
function localDatabaseExists(dataDir) {
  return existsSync(path.join(path.resolve(dataDir), "data", "databases", "neo4j"));
}
async function adminImport(opts) {
  await ensureLauncherBuilt({ log: opts.onLine });
  const home = path.resolve(opts.dataDir);
  if (localDatabaseExists(home)) throw new AdminImportError(`${home} already holds a database; the offline import only fills an empty one`);
  const args = [
    `-Xmx${opts.heap ?? "1g"}`,
    "-cp",
    `${dbPaths.classes}${path.delimiter}${path.join(dbPaths.lib, "*")}`,
    "org.neo4j.cli.AdminTool",
    "database",
    "import",
    "full",
    ...opts.nodes.map((f) => `--nodes=${f}`),
    ...opts.relationships.map((f) => `--relationships=${f}`),
    `--array-delimiter=${opts.arrayDelimiter}`,
    "--multiline-fields=true",
    // Skipped entries are reported (and turned into rejects with line numbers by the caller), never fatal.
    "--skip-duplicate-nodes=true",
    "--skip-bad-relationships=true",
    "--bad-tolerance=-1",
    `--report-file=${opts.reportFile}`,
    "neo4j"
  ];
  mkdirSync(home, { recursive: true });
  const started = Date.now();
  const tail = new LineTail(30);
  const child = spawn("java", args, { env: { ...process.env, NEO4J_HOME: home }, stdio: ["ignore", "pipe", "pipe"] });
  let counts = { nodes: 0, relationships: 0 };
  const onText = (chunk) => {
    for (const raw of tail.push(chunk)) {
      const line = raw.trimEnd();
      if (!line) continue;
      const imported = /^\s*(\d+) (nodes|relationships)$/.exec(line);
      if (imported) counts = { ...counts, [imported[2]]: Number(imported[1]) };
      opts.onLine?.(line);
    }
  };
  child.stdout.on("data", onText);
  child.stderr.on("data", onText);
  const code = await new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new AdminImportError(`neo4j-admin import failed (exit ${code}):
${tail.text()}`);
  const skipped = existsSync(opts.reportFile) ? readFileSync(opts.reportFile, "utf8").split("\n").filter(Boolean) : [];
  return { ...counts, skipped, elapsedMs: Date.now() - started };
}
export {
  AdminImportError,
  adminImport,
  localDatabaseExists
};
