// Prints the release build's figures: each shipped asset's raw and gzip size, and cold loads to interactive.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, serveBuild } from "../e2e/fixtures/browser.mjs";

const dist = process.argv[2] ?? "dist";
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

console.log("== shipped assets (release build)");
let totalRaw = 0;
let totalGzip = 0;
for (const file of listFiles(dist).sort()) {
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes, { level: 9 }).length;
  totalRaw += bytes.length;
  totalGzip += gz;
  console.log(`${relative(dist, file).padEnd(48)} ${kb(bytes.length).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}
console.log(`${"total".padEnd(48)} ${kb(totalRaw).padStart(10)} raw ${kb(totalGzip).padStart(10)} gzip`);

console.log("\n== cold load to interactive (fresh browser each time, headless Chromium, 1366x768)");
const server = await serveBuild(dist);
const times = [];
for (let run = 0; run < 5; run++) {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(server.url);
  await page.locator("[data-testid='profile-submit']").waitFor({ state: "visible" });
  times.push(await page.evaluate(() => performance.now()));
  await browser.close();
}
await server.close();
times.sort((a, b) => a - b);
const ms = (t) => `${t.toFixed(0)} ms`;
console.log(`runs: ${times.map(ms).join(", ")}`);
console.log(`median ${ms(times[2])}, range ${ms(times[0])} – ${ms(times[4])}`);
