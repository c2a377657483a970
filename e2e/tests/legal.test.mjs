// 法治科 against the release build: the 错案倒查 worksheet with its 建议 and quoted law, autosave, the R1 Art. 10
// deadlines under both ways of counting “2日”, the readings in 设置, accessibility and console errors.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { serveBuild } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { RECONSIDERATION_CASE, withLegalSession } from "../fixtures/legal_page.mjs";

describe("legal section", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  const legalSession = (run) => withLegalSession(server.url, run);

  test("the landing lists the sections and links to the worksheet and the deadlines", () =>
    legalSession(async ({ page, legal, errors }) => {
      await legal.openLanding();
      assert.deepEqual(await seriousViolations(page), [], "legal landing");
      await legal.openWrongCaseFromLanding();
      await legal.openLanding();
      await legal.openDeadlinesFromLanding();
      assert.deepEqual(errors, []);
    }));

  test("a verified reconsideration case: wrong case, liability, the 建议 apart, quoted R1-5-3; kept after a reload", () =>
    legalSession(async ({ page, legal, errors }) => {
      await legal.openWrongCase();
      assert.deepEqual(await seriousViolations(page), [], "empty worksheet");
      await legal.fillWrongCase(RECONSIDERATION_CASE);

      assert.equal(await legal.caseStatus(), "界定为错案");
      assert.match(await legal.groundFinding(), /第五条第3项.*界定为错案/);
      assert.equal(await legal.liability(), "应追究错案责任");
      assert.match(await legal.liableItems(), /第六条第（四）项/);
      assert.match(await legal.mitigating(), /第八条第（五）项/);
      assert.match(await legal.circumstances(), /可以从轻或免于追究/);

      const suggestion = await legal.suggestion();
      assert.ok(suggestion.startsWith("建议（本局政策，非本制度规定）"), suggestion);
      assert.match(suggestion, /集体讨论/);
      assert.match(await legal.suggestionOutcome(), /^建议：/);
      assert.equal(await legal.suggestionTagName(), "ASIDE", "set apart from the findings");
      assert.doesNotMatch(await legal.liability(), /建议/);

      assert.match(await legal.rights(), /陈述和申辩/);
      assert.match(await legal.actionsToTake(), /集体讨论/);
      const cites = await legal.quotedCites();
      for (const cite of ["R1-2", "R1-5-3", "R1-6-4", "R1-8-5", "R1-11", "R1-12"]) {
        assert.ok(cites.includes(cite), `${cite} in ${cites.join(",")}`);
      }
      assert.match(await legal.quotedText("R1-5-3"), /行政复议决定予以撤销或者变更/);
      assert.deepEqual(await seriousViolations(page), [], "filled worksheet with result");

      await legal.reloadWorksheet();
      assert.equal(await legal.officerName(), "李四");
      assert.equal(await legal.caseStatus(), "界定为错案");

      await legal.clearWorksheet();
      assert.equal(await legal.officerCount(), 0);
      assert.equal(await legal.storedWorksheet(), null);
      assert.deepEqual(errors, []);
    }));

  test("an integrity violation is to be reported even before the case is verified", () =>
    legalSession(async ({ legal, errors }) => {
      await legal.openWrongCase();
      await legal.addGround({ kind: "第五条第3项：行政复议决定撤销或者变更", fields: ["复议决定撤销原行政行为"], verification: "尚未调查核实" });
      await legal.addOfficer({ name: "周某", acts: [9] });
      assert.equal(await legal.caseStatus(), "待调查核实或待终局结论");
      assert.equal(await legal.liability(), "待错案认定后再行确定");
      assert.equal(await legal.suggestionCount(), 0, "no 建议 before liability");
      assert.match(await legal.actionsToTake(), /须报告：.*涉嫌违纪违法/);
      assert.deepEqual(errors, []);
    }));

  test("the transfer deadline over National Day, under both ways of counting, with the basis from 设置", () =>
    legalSession(async ({ page, legal, errors }) => {
      await legal.openDeadlines();
      assert.match(await legal.transferDue("2024-09-29"), /^2024-10-08/);
      assert.match(await legal.transferBasis(), /按自然日计算/);
      assert.match(await legal.transferExplanation(), /国庆节/);
      assert.match(await legal.transferStatus(), /已超过期限|还剩|今日/);
      assert.match(await legal.reinvestigationDue("2024-09-29"), /^2024-10-29/);
      assert.deepEqual(await seriousViolations(page), [], "deadlines page");

      const basis = await legal.setDayCounting("working");
      assert.ok(basis.startsWith("“2日”按工作日计算"), basis);
      assert.match(await legal.readingsStatus(), /已保存/);
      assert.deepEqual(await seriousViolations(page), [], "settings page with readings");

      await legal.openDeadlines();
      assert.match(await legal.transferDue("2024-09-29"), /^2024-10-08/);
      assert.match(await legal.transferBasis(), /按工作日计算/);
      assert.match(await legal.transferExplanation(), /第2个工作日/);

      await legal.setDayCounting("calendar");
      await legal.openDeadlines();
      await legal.transferDue("2024-09-29");
      assert.match(await legal.transferBasis(), /按自然日计算/);
      assert.deepEqual(errors, []);
    }));

  test("a date in a year without a published holiday arrangement is flagged loudly", () =>
    legalSession(async ({ legal, errors }) => {
      await legal.openDeadlines();
      assert.match(await legal.transferDue("2027-03-01"), /^2027-03-03/);
      assert.equal(await legal.transferWarningsRole(), "alert");
      assert.match(await legal.transferWarningsText(), /2027年节假日安排未公布/);
      assert.deepEqual(errors, []);
    }));
});
