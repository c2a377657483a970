// 办案记录 against the release build: record, verdict with article text, reload, amend with history, tampering.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launchProfile, serveBuild, watchErrors } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { AppPage } from "../fixtures/app_page.mjs";
import { OfficerPage, PLEADING_RECORD } from "../fixtures/officer_page.mjs";

describe("officer workspace", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  async function officerSession() {
    const profile = await launchProfile();
    const page = await profile.context.newPage();
    const errors = watchErrors(page);
    const app = new AppPage(page, server.url);
    await app.open("/");
    await app.completeFirstRun("张三");
    return { ...profile, page, app, officer: new OfficerPage(app), errors };
  }

  test("a saved record shows its verdict with the article text, and is still there after a reload", async () => {
    const { close, page, officer, errors } = await officerSession();
    try {
      await officer.openNew();
      await officer.byTestId("record-submit").click();
      assert.equal(await officer.byTestId("place-error").textContent(), "请填写地点（电话、短信联系的可填“电话”等）");
      assert.match(await officer.byTestId("form-message").textContent(), /还有 \d+ 项需要补充/);

      await officer.fill(PLEADING_RECORD);
      assert.match(await officer.byTestId("verdict-preview").textContent(), /第十条第（五）项/);
      assert.deepEqual(await seriousViolations(page), [], "record form");
      await officer.save();
      assert.match(await officer.verdict(), /违反规定干预办案（第十条第（五）项）/);
      const cites = await officer.quotedCites();
      assert.ok(cites.includes("R2-10-5"), cites.join(","));
      assert.ok(cites.includes("R2-2"), cites.join(","));
      assert.match(await officer.quotedText("R2-10-5"), /为当事人请托、说情/);
      assert.match(await officer.byTestId("required-actions").textContent(), /拒绝/);
      assert.match(await officer.byTestId("explanation").textContent(), /离退休/);
      assert.deepEqual(await seriousViolations(page), [], "record page");

      await page.reload();
      await officer.byTestId("verdict").waitFor();
      assert.match(await officer.verdict(), /第十条第（五）项/);
      await officer.openList();
      assert.equal(await officer.rowCount(), 1);
      assert.equal(await officer.byTestId("count-prohibited").textContent(), "1");
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test("a draft survives closing the tab", async () => {
    const { close, context, officer } = await officerSession();
    try {
      await officer.openNew();
      await officer.byTestId("place").fill("局机关三楼");
      await officer.byTestId("content").fill("尚未写完的内容");
      await officer.page.close();
      const page = await context.newPage();
      const app = new AppPage(page, officer.app.baseUrl);
      const again = new OfficerPage(app);
      await again.openNew();
      await again.byTestId("draft-restored").waitFor();
      assert.equal(await again.byTestId("place").inputValue(), "局机关三楼");
      assert.equal(await again.byTestId("content").inputValue(), "尚未写完的内容");
    } finally {
      await close();
    }
  });

  test("an amendment needs a reason and the history keeps both versions", async () => {
    const { close, officer } = await officerSession();
    try {
      await officer.openNew();
      await officer.fill(PLEADING_RECORD);
      await officer.save();
      await officer.byTestId("amend-link").click();
      await officer.byTestId("amend-page").waitFor();
      await officer.byTestId("place").fill("执法支队会议室");
      await officer.byTestId("record-submit").click();
      assert.match(await officer.byTestId("amend-reason-error").textContent(), /请填写修改原因/);
      await officer.byTestId("amend-reason").fill("更正地点");
      await officer.save();
      assert.equal(await officer.historyVersions(), 2);
      assert.deepEqual(await officer.historyReasons(), ["修改原因：更正地点"]);
      assert.match(await officer.byTestId("record-details").textContent(), /执法支队会议室/);
      const first = officer.byTestId("history-details").first();
      assert.match(await first.textContent(), /执法支队二楼办公室/);
    } finally {
      await close();
    }
  });

  test("an event edited in storage is flagged as tampering on reload", async () => {
    const { close, page, officer } = await officerSession();
    try {
      await officer.openNew();
      await officer.fill(PLEADING_RECORD);
      await officer.save();
      await officer.openList();
      await officer.byTestId("integrity-ok").waitFor();
      const key = await officer.editOldestStoredEvent("周某", "吴某");
      await page.reload();
      await officer.byTestId("integrity-alarm").waitFor();
      const issues = await officer.byTestId("integrity-issues").textContent();
      assert.ok(issues.length > 0);
      assert.match(await officer.byTestId("record-row").first().textContent(), /未通过校验/);
      assert.equal(await officer.byTestId("count-flagged").textContent(), "1");
      assert.ok((await officer.storedJournalValue(key)).includes("吴某"), "nothing repaired silently");
    } finally {
      await close();
    }
  });
});

describe("officer workspace in two tabs", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  test("two tabs saving in turn keep every record, and each tab sees the other's", async () => {
    const { context, close } = await launchProfile();
    try {
      const first = new AppPage(await context.newPage(), server.url);
      await first.open("/");
      await first.completeFirstRun("张三");
      const second = new AppPage(await context.newPage(), server.url);
      const tabs = [new OfficerPage(first), new OfficerPage(second)];
      for (const tab of tabs) await tab.openNew();
      for (let round = 0; round < 2; round++) {
        for (const [index, tab] of tabs.entries()) {
          await tab.fill({ ...PLEADING_RECORD, caseNumber: `黔规资罚〔2024〕${round}${index}号` });
          await tab.save();
          await tab.openNew();
        }
      }
      await tabs[0].openList();
      assert.equal(await tabs[0].rowCount(), 4);
      await tabs[0].byTestId("integrity-ok").waitFor();
      // The other tab learns of a new record through the storage event, without a reload.
      await tabs[1].openList();
      await tabs[0].openNew();
      await tabs[0].fill({ ...PLEADING_RECORD, caseNumber: "黔规资罚〔2024〕99号" });
      await tabs[0].save();
      await tabs[1].page.waitForFunction(
        () => document.querySelectorAll("[data-testid='record-row']").length === 5,
      );
      await tabs[1].byTestId("integrity-ok").waitFor();
    } finally {
      await close();
    }
  });
});
