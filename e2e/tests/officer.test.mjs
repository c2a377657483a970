// 办案记录 against the release build: record, verdict with article text, reload, amend with history, tampering,
// drafts (one per tab, the others offered, an unreadable one reported) and the refused save's error summary.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { serveBuild, withProfile } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { AppPage } from "../fixtures/app_page.mjs";
import { OfficerPage, PLEADING_RECORD, withOfficerSession } from "../fixtures/officer_page.mjs";

describe("officer workspace", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  const officerSession = (run) => withOfficerSession(server.url, run);

  test("a saved record shows its verdict with the article text, and is still there after a reload", () =>
    officerSession(async ({ page, officer, errors }) => {
      await officer.openNew();
      const required = await officer.requiredLabels();
      for (const label of ["时间", "地点", "人物姓名", "人物单位或部门", "案号", "案由", "办理阶段", "记录人"]) {
        assert.ok(required.includes(label), `${label} is marked required: ${required.join("、")}`);
      }
      const refused = await officer.submitRefused();
      assert.equal(refused.focused, "error-summary", "focus moves to the summary above the save button");
      assert.match(refused.message, /还有 \d+ 项需要补充/);
      assert.ok((await officer.summaryItems()).includes("地点：请填写地点（电话、短信联系的可填“电话”等）"));

      await officer.fill(PLEADING_RECORD);
      assert.match(await officer.verdictPreview(), /第十条第（五）项/);
      assert.deepEqual(await seriousViolations(page), [], "record form");
      await officer.save();
      assert.match(await officer.verdict(), /违反规定干预办案（第十条第（五）项）/);
      const cites = await officer.quotedCites();
      assert.ok(cites.includes("R2-10-5"), cites.join(","));
      assert.ok(cites.includes("R2-2"), cites.join(","));
      assert.match(await officer.quotedText("R2-10-5"), /为当事人请托、说情/);
      assert.match(await officer.requiredActions(), /拒绝/);
      assert.match(await officer.explanation(), /离退休/);
      assert.deepEqual(await seriousViolations(page), [], "record page");

      await officer.reloadRecordPage();
      assert.match(await officer.verdict(), /第十条第（五）项/);
      await officer.openList();
      assert.equal(await officer.rowCount(), 1);
      assert.equal(await officer.prohibitedCount(), "1");
      const csv = await officer.downloadRegisterCsv();
      assert.match(csv.name, /^liuhen-登记台账-\d{4}-\d{2}-\d{2}\.csv$/);
      assert.deepEqual(csv.rows[0].slice(0, 3), ["时间", "地点", "案号"]);
      assert.equal(csv.rows.length, 2, "the header and the one record");
      assert.equal(csv.rows[1][0], "2024-05-06 09:30");
      assert.equal(csv.rows[1][2], "黔规资罚〔2024〕18号");
      assert.equal(csv.rows[1][9], "周某来电称当事人是其亲戚，请求对未批先建案件从轻处理。");
      assert.match(csv.rows[1][10], /^违反规定干预办案/);
      assert.deepEqual(errors, []);
    }));

  test("a draft survives closing the tab, and the next tab offers it", () =>
    officerSession(async ({ context, officer }) => {
      await officer.openNew();
      const draft = { place: "局机关三楼", content: "尚未写完的内容" };
      await officer.typeDraft(draft);
      await officer.page.close();
      const page = await context.newPage();
      const again = new OfficerPage(new AppPage(page, officer.app.baseUrl));
      await again.openNew();
      assert.equal(await again.otherDraftsHeading(), "还有 1 份未保存的草稿");
      assert.deepEqual(await again.draftText(), { place: "", content: "" }, "a new tab starts a draft of its own");
      await again.continueOtherDraft();
      assert.deepEqual(await again.draftText(), draft);
      assert.equal(await again.otherDraftsHeading(), null);
      await again.reload();
      assert.deepEqual(await again.draftText(), draft, "now this tab's own draft");
    }));

  test("an unreadable draft is reported in plain Chinese, its text kept", () =>
    officerSession(async ({ officer, errors }) => {
      await officer.openNew();
      await officer.typeDraft({ place: "局机关三楼", content: "写到一半的内容" });
      await officer.damageOwnDraft();
      await officer.reload();
      const { message, details } = await officer.draftProblem();
      assert.match(message, /草稿已损坏，无法读取/);
      assert.match(message, /原样保留在本浏览器中/);
      assert.match(message, /请联系法治科或技术人员恢复/);
      assert.doesNotMatch(message, /liuhen\//, "no storage key in the message itself");
      assert.match(details, /技术信息/);
      assert.match(details, /liuhen\/v1\/quarantine\/liuhen\/v1\/draft\/new\//);
      assert.deepEqual(await officer.draftText(), { place: "", content: "" });
      assert.deepEqual(errors, []);
    }));

  test("an amendment needs a reason and the history keeps both versions", () =>
    officerSession(async ({ officer }) => {
      await officer.openNew();
      await officer.fill(PLEADING_RECORD);
      await officer.save();
      await officer.openAmendment();
      await officer.fillPlace("执法支队会议室");
      await officer.clickSave();
      assert.match(await officer.amendReasonError(), /请填写修改原因/);
      await officer.fillAmendReason("更正地点");
      await officer.save();
      assert.equal(await officer.historyVersions(), 2);
      assert.deepEqual(await officer.historyReasons(), ["修改原因：更正地点"]);
      assert.match(await officer.recordDetails(), /执法支队会议室/);
      assert.match(await officer.firstHistoryDetails(), /执法支队二楼办公室/);
      assert.deepEqual(await officer.historyChanges(), [["地点：执法支队二楼办公室 → 执法支队会议室"]]);
    }));

  test("an event edited in storage is flagged as tampering on reload", () =>
    officerSession(async ({ page, officer }) => {
      await officer.openNew();
      await officer.fill(PLEADING_RECORD);
      await officer.save();
      await officer.openList();
      await officer.waitUntilVerified();
      const key = await officer.editOldestStoredEvent("周某", "吴某");
      await page.reload();
      const issues = await officer.integrityIssues();
      assert.ok(issues.length > 0);
      assert.match(await officer.rowText(0), /未通过校验/);
      assert.equal(await officer.flaggedCount(), "1");
      assert.ok((await officer.storedJournalValue(key)).includes("吴某"), "nothing repaired silently");
    }));
});

describe("officer workspace in two tabs", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  test("each tab keeps a draft of its own, and offers the other tab's", () =>
    withProfile(async ({ context, page }) => {
      const first = new AppPage(page, server.url);
      await first.open("/");
      await first.completeFirstRun("张三");
      const tabA = new OfficerPage(first);
      const tabB = new OfficerPage(new AppPage(await context.newPage(), server.url));
      await tabA.openNew();
      await tabB.openNew();
      const draftA = { place: "甲：执法支队二楼", content: "甲标签页尚未保存的内容" };
      const draftB = { place: "乙：局机关三楼", content: "乙标签页尚未保存的内容" };
      await tabA.typeDraft(draftA);
      await tabB.typeDraft(draftB);

      await tabA.reload();
      assert.ok(await tabA.restoredOwnDraft());
      assert.deepEqual(await tabA.draftText(), draftA, "tab A shows its own text, not tab B's");
      assert.equal(await tabA.otherDraftsHeading(), "还有 1 份未保存的草稿");
      const [other] = await tabA.otherDrafts();
      assert.match(other, /^未填案号 · 未填人物 · 最后编辑于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      await tabB.reload();
      assert.deepEqual(await tabB.draftText(), draftB);

      // Tab A saves its record: only its own draft goes.
      await tabA.fill(PLEADING_RECORD);
      await tabA.save();
      await tabB.reload();
      assert.deepEqual(await tabB.draftText(), draftB);
      assert.equal(await tabB.otherDraftsHeading(), null);

      // Tab B is closed without saving; tab A, starting a new record, may discard what it left.
      await tabB.page.close();
      await tabA.openNew();
      assert.equal(await tabA.otherDraftsHeading(), "还有 1 份未保存的草稿");
      await tabA.discardOtherDraft();
      assert.equal(await tabA.otherDraftsHeading(), null);
      await tabA.reload();
      assert.equal(await tabA.otherDraftsHeading(), null, "gone for good");
    }));

  test("two tabs saving in turn keep every record, and each tab sees the other's", () =>
    withProfile(async ({ context, page }) => {
      const first = new AppPage(page, server.url);
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
      await tabs[0].waitUntilVerified();
      // The other tab learns of a new record through the storage event, without a reload.
      await tabs[1].openList();
      await tabs[0].openNew();
      await tabs[0].fill({ ...PLEADING_RECORD, caseNumber: "黔规资罚〔2024〕99号" });
      await tabs[0].save();
      await tabs[1].waitForRowCount(5);
      await tabs[1].waitUntilVerified();
    }));
});
