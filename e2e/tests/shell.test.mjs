// The app shell against the release build: first run, the four areas, no console errors, accessibility, offline.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, serveBuild, watchErrors, withProfile } from "../fixtures/browser.mjs";
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

  test("first run stores the profile and the role decides the home page", () =>
    withProfile(async ({ page }) => {
      const app = new AppPage(page, server.url);
      await app.open("/");
      await app.submitProfile();
      assert.equal(await app.nameError(), "请填写使用人姓名。");
      await app.completeFirstRun("王五", "legal");
      await app.waitForArea("legal");
      await app.open("/");
      await app.waitForArea("legal");
      assert.equal(await app.whoAmI(), "王五（法治科）");
      await app.goTo("settings");
      assert.match(await app.deviceId(), /^[0-9a-f]{16}$/);
    }));

  test("every area opens with no console error and no serious accessibility violation", () =>
    withProfile(async ({ page }) => {
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
      await app.waitForNotFound();
      assert.deepEqual(errors, []);
    }));

  test("the keyboard reaches the navigation and the skip link", () =>
    withProfile(async ({ page }) => {
      const app = new AppPage(page, server.url);
      await app.open("/");
      await app.completeFirstRun("钱七");
      await page.keyboard.press("Tab");
      assert.equal(await app.focusedClassName(), "skip-link");
      await page.keyboard.press("Tab");
      assert.equal(await app.focusedTestId(), "nav-officer");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await app.waitForArea("legal");
    }));

  test("after one load the app works offline, reload and navigation included", () =>
    withProfile(async ({ context, page }) => {
      const errors = watchErrors(page);
      const app = new AppPage(page, server.url);
      await app.open("/");
      await app.completeFirstRun("孙八");
      await app.waitForServiceWorker();
      await context.setOffline(true);
      await page.reload();
      await app.waitForArea("officer");
      await app.goTo("quiz");
      await app.open("/legal");
      await app.waitForArea("legal");
      await context.setOffline(false);
      assert.deepEqual(errors, []);
    }));

  test("a new build replaces the old offline cache", async () => {
    const copy = await mkdtemp(join(tmpdir(), "liuhen-dist-"));
    await cp(DIST, copy, { recursive: true });
    const ownServer = await serveBuild(copy);
    try {
      await withProfile(async ({ page }) => {
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
      });
    } finally {
      await ownServer.close();
      await rm(copy, { recursive: true, force: true });
    }
  });
});
