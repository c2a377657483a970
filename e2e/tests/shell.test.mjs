// The app shell against the release build: first run, the four areas, no console errors, accessibility, offline.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, launchProfile, serveBuild, watchErrors } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { AppPage } from "../fixtures/app_page.mjs";

const AREAS = ["officer", "legal", "quiz", "settings"];

describe("app shell", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  test("first run stores the profile and the role decides the home page", async () => {
    const { context, close } = await launchProfile();
    try {
      const page = await context.newPage();
      const app = new AppPage(page, server.url);
      await app.open("/");
      await app.byTestId("profile-submit").click();
      assert.equal(await app.byTestId("officer-name-error").textContent(), "请填写使用人姓名。");
      await app.completeFirstRun("王五", "legal");
      await app.byTestId("legal-page").waitFor();
      await app.open("/");
      await app.byTestId("legal-page").waitFor();
      assert.equal(await app.byTestId("who-am-i").textContent(), "王五（法治科）");
      await app.goTo("settings");
      assert.match(await app.byTestId("device-id").textContent(), /^[0-9a-f]{16}$/);
    } finally {
      await close();
    }
  });

  test("every area opens with no console error and no serious accessibility violation", async () => {
    const { context, close } = await launchProfile();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      const app = new AppPage(page, server.url);
      await app.open("/");
      assert.deepEqual(await seriousViolations(page), [], "first-run page");
      await app.completeFirstRun("赵六");
      for (const area of AREAS) {
        await app.goTo(area);
        assert.deepEqual(await seriousViolations(page), [], `${area} page`);
      }
      await app.open("/no-such-page");
      await app.byTestId("not-found").waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test("the keyboard reaches the navigation and the skip link", async () => {
    const { context, close } = await launchProfile();
    try {
      const page = await context.newPage();
      const app = new AppPage(page, server.url);
      await app.open("/");
      await app.completeFirstRun("钱七");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), "nav-officer");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await app.byTestId("legal-page").waitFor();
    } finally {
      await close();
    }
  });

  test("after one load the app works offline, reload and navigation included", async () => {
    const { context, close } = await launchProfile();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      const app = new AppPage(page, server.url);
      await app.open("/");
      await app.completeFirstRun("孙八");
      await app.waitForServiceWorker();
      await context.setOffline(true);
      await page.reload();
      await app.byTestId("officer-page").waitFor();
      await app.goTo("quiz");
      await app.open("/legal");
      await app.byTestId("legal-page").waitFor();
      await context.setOffline(false);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test("a new build replaces the old offline cache", async () => {
    const copy = await mkdtemp(join(tmpdir(), "liuhen-dist-"));
    await cp(DIST, copy, { recursive: true });
    const ownServer = await serveBuild(copy);
    const { context, close } = await launchProfile();
    try {
      const page = await context.newPage();
      const app = new AppPage(page, ownServer.url);
      await app.open("/");
      await app.waitForServiceWorker();
      const before = await page.evaluate(() => caches.keys());
      assert.equal(before.length, 1);
      assert.match(before[0], /^liuhen-[0-9a-f]{16}$/);

      // Simulate the next build: same file list, new version.
      const sw = join(copy, "sw.js");
      await writeFile(sw, (await readFile(sw, "utf8")).replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0123456789abcdef"'));
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        const found = new Promise((resolve) => registration.addEventListener("updatefound", resolve, { once: true }));
        await registration.update();
        await found;
        const worker = registration.installing;
        await new Promise((resolve) => {
          const check = () => worker.state === "activated" && resolve();
          worker.addEventListener("statechange", check);
          check();
        });
      });
      assert.deepEqual(await page.evaluate(() => caches.keys()), ["liuhen-0123456789abcdef"]);
    } finally {
      await close();
      await ownServer.close();
      await rm(copy, { recursive: true, force: true });
    }
  });
});
