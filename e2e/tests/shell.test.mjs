// The app shell against the release build: first run, the navigation of each role and 切换身份, no console errors,
// accessibility, offline.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, serveBuild, watchErrors, withProfile } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { AppPage } from "../fixtures/app_page.mjs";

const OFFICER_NAV = ["officer", "quiz", "law", "help", "settings"];
const LEGAL_NAV = ["legal", "import", "register", "case-files", "deadlines", "statistics", "spot-check", "attestations", "law", "help", "settings"];
const TRAINEE_NAV = ["quiz", "law", "help", "settings"];

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
      for (const area of ["officer", "quiz", "settings"]) {
        await app.goTo(area);
        assert.deepEqual(await seriousViolations(page), [], `${area} page`);
      }
      await app.switchRole("legal");
      await app.waitForArea("legal");
      assert.deepEqual(await seriousViolations(page), [], "legal page with 法治科's navigation");
      await app.open("/no-such-page");
      await app.waitForNotFound();
      assert.deepEqual(errors, []);
    }));

  test("the navigation fits the role, 法治科's pages are one click away under 切换身份, and deep links still open", () =>
    withProfile(async ({ page }) => {
      const errors = watchErrors(page);
      const app = new AppPage(page, server.url);
      await app.open("/");
      await app.completeFirstRun("周九");
      await app.waitForArea("officer");
      assert.deepEqual(await app.navKeys(), OFFICER_NAV, "an officer's laptop: no 法治科 pages in the menu");
      assert.equal(await app.otherRolePageNote(), null);

      // 法治科's register opened directly on the officer's profile still shows, with a note on whose page it is.
      await app.open("/legal/register");
      await app.waitForArea("register");
      assert.match(await app.otherRolePageNote(), /本页是法治科使用的页面，当前身份为办案人员。.*切换身份/);
      assert.deepEqual(await app.navKeys(), OFFICER_NAV);

      // One click: the same machine works as 法治科, on the page it was on, with 法治科's navigation.
      await app.switchRole("legal");
      await app.waitForArea("register");
      assert.equal(await app.whoAmI(), "周九（法治科）");
      assert.deepEqual(await app.navKeys(), LEGAL_NAV);
      assert.equal(await app.otherRolePageNote(), null);
      await app.goTo("deadlines");

      // The role is stored: a reload keeps it, and / opens 法治科's home.
      await app.open("/");
      await app.waitForArea("legal");
      assert.deepEqual(await app.navKeys(), LEGAL_NAV);

      await app.switchRole("trainee");
      await app.waitForArea("quiz");
      assert.deepEqual(await app.navKeys(), TRAINEE_NAV);
      await app.switchRole("officer");
      await app.waitForArea("officer");
      assert.deepEqual(await app.navKeys(), OFFICER_NAV);
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
      await app.waitForArea("quiz");
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
