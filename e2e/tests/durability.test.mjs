// No record lost: a record shown as 已保存 survives killing the browser process; a deleted newest event is reported;
// a full store refuses the save, keeps the form, and still lets the data out; a corrupt device id is reported.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { rm } from "node:fs/promises";
import { freshProfileDir, launchKillable, serveBuild } from "../fixtures/browser.mjs";
import { AppPage } from "../fixtures/app_page.mjs";
import { BundlePage } from "../fixtures/bundle_page.mjs";
import { installFullStorageSimulation, setFullStorage } from "../fixtures/full_storage.mjs";
import { OfficerPage, PLEADING_RECORD, withOfficerSession } from "../fixtures/officer_page.mjs";

describe("durable journal", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  const officerSession = (run) => withOfficerSession(server.url, run);

  test("a record shown as 已保存 is still there after the browser process is killed at once", async () => {
    const dir = await freshProfileDir();
    try {
      let browser = await launchKillable(dir);
      const app = new AppPage(await browser.context.newPage(), server.url);
      await app.open("/");
      await app.completeFirstRun("张三");
      const officer = new OfficerPage(app);
      await officer.openNew();
      await officer.fill(PLEADING_RECORD);
      await officer.save();
      assert.match(await officer.savedStatus(), /已保存/);
      await browser.kill();

      browser = await launchKillable(dir);
      const again = new OfficerPage(new AppPage(await browser.context.newPage(), server.url));
      await again.app.openAs("/officer", "张三");
      await again.waitUntilVerified();
      assert.equal(await again.rowCount(), 1);
      assert.match(await again.chainSummary(), /本机日志共 1 条事件/);
      await browser.kill();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("deleting the newest event from storage is reported with what is missing", () =>
    officerSession(async ({ officer, page }) => {
      for (const number of ["1", "2"]) {
        await officer.openNew();
        await officer.fill({ ...PLEADING_RECORD, caseNumber: `黔规资罚〔2024〕${number}号` });
        await officer.save();
      }
      await officer.openList();
      await officer.waitUntilVerified();
      assert.match(await officer.chainSummary(), /本机日志共 2 条事件/);
      await officer.deleteNewestStoredEvent();
      await page.reload();
      const issues = await officer.integrityIssues();
      assert.match(issues, /第2号至第2号事件已从存储中丢失或被删除/);
      assert.match(issues, /导出现有记录交法治科/);
      assert.equal(await officer.rowCount(), 1, "what is left stays viewable");
    }));

  test("a full store refuses the save and keeps the form; export still works; nearly full is warned", () =>
    officerSession(async ({ officer, page, app, context }) => {
      await installFullStorageSimulation(context);
      await officer.openNew();
      await officer.fill(PLEADING_RECORD);
      await officer.save();
      await setFullStorage(page, true);

      await officer.openList();
      assert.equal((await officer.storageMeter()).warns, true, "warned well before a save is refused");
      await officer.openNew();
      await officer.fill({ ...PLEADING_RECORD, caseNumber: "黔规资罚〔2024〕77号" });
      const { message: said, focused } = await officer.submitRefused();
      assert.equal(focused, "error-summary", "focus moves to the summary above the save button");
      assert.match(said, /存储空间已满/);
      assert.match(said, /导出全部记录/);
      assert.doesNotMatch(said, /归档/);
      assert.equal(await officer.caseNumberValue(), "黔规资罚〔2024〕77号", "the form keeps what was typed");

      const bundles = new BundlePage(app);
      const exported = await bundles.exportBundle("full");
      assert.match(exported.text, /黔规资罚〔2024〕18号/, "the stored record gets out");
      assert.match(await bundles.exportWarning(), /未能在本机日志中登记本次导出/);

      await setFullStorage(page, false);
      await officer.openList();
      assert.equal(await officer.rowCount(), 1, "nothing half-written");
      await officer.waitUntilVerified();
    }));

  test("a corrupt device id is reported, kept, and a new chain starts without touching the old one", () =>
    officerSession(async ({ officer, page }) => {
      await officer.openNew();
      await officer.fill(PLEADING_RECORD);
      await officer.save();
      await officer.corruptStoredDeviceId("不是/编号");
      await page.reload();
      const notices = await officer.journalNotices();
      assert.ok(notices.some((n) => n.includes("设备编号无法读取") && n.includes("原样保留")), notices.join("\n"));
      await officer.openList();
      assert.equal(await officer.rowCount(), 1, "the record written before is still there");
    }));
});
