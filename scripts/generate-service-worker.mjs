// Trunk post_build hook: writes sw.js into the staging dir with this build's exact (hashed) file list,
// and a version derived from the files' contents, so every new build installs a fresh cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("generate-service-worker: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const files = listFiles(staging)
  .map((path) => "/" + relative(staging, path).split("\\").join("/"))
  .filter((url) => url !== "/sw.js")
  .sort();
const hash = createHash("sha256");
for (const url of files) {
  hash.update(url);
  hash.update(readFileSync(join(staging, url)));
}
const version = hash.digest("hex").slice(0, 16);
const precache = files;
const template = readFileSync(new URL("../static/sw-template.js", import.meta.url), "utf8");
const worker = template.replace("__VERSION__", version).replace("__PRECACHE__", JSON.stringify(precache, null, 2));
writeFileSync(join(staging, "sw.js"), worker);
console.log(`sw.js: ${precache.length} files precached, version ${version}`);
