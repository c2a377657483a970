// 法治科's 错案卷宗 against the release build: one wrong case walked from intake to decision and appeal (the clock at
// each stage, a decision that departs from the 建议 only with a reason, the printed decision document), a matter
// outside the bureau's remit with its 2-day transfer clock, amendments with reasons, accessibility.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { serveBuild } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { withLegalSession } from "../fixtures/legal_page.mjs";
import { CaseFilePage } from "../fixtures/case_file_page.mjs";
import { withSessions } from "../fixtures/bundle_page.mjs";
import { PLEADING_RECORD } from "../fixtures/officer_page.mjs";

/** The date `days` before today, as YYYY-MM-DD (in the bureau's time zone). */
function daysAgo(days) {
  const date = new Date(Date.now() - days * 86400000);
  return date.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
}

const CASE_NUMBER = "黔江规资错查〔2026〕3号";

describe("wrong-case files", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  const session = (run) => withLegalSession(server.url, async (s) => run({ ...s, files: new CaseFilePage(s.app) }));

  test("a wrong case from intake to decision and appeal, with its clocks, reasons and printed decision", () =>
    session(async ({ page, files, errors }) => {
      await files.openList();
      assert.match(await files.integrity(), /已校验：共 0 个步骤/);
      assert.deepEqual(await seriousViolations(page), [], "empty list");

      await files.startNewFile();
      const missing = await files.save();
      assert.ok(missing.includes("请填写案号"), missing.join("|"));
      assert.equal(await files.fieldError("case_number"), "请填写案号");
      await files.fill({
        case_number: CASE_NUMBER,
        received_on: daysAgo(12),
        reporter: "王某（行政相对人）",
        received_via: "来信",
        against: "李四",
        enforcement_case: "黔规资罚〔2026〕7号",
        summary: "认为处罚程序违法",
        within_remit: "yes",
      });
      assert.deepEqual(await files.save(), []);
      await files.waitForFile();
      assert.equal(await files.caseNumber(), CASE_NUMBER);
      assert.match(await files.clocks(), /答复举报人或投诉人.*制度未规定答复期限/);
      const first = await files.nextChoices();
      assert.ok(first.includes("报局主要负责人并组成调查组") && !first.includes("认定"), first.join("|"));
      assert.deepEqual(await seriousViolations(page), [], "file after intake");

      await files.openNext("答复");
      await files.fill({ replied_on: daysAgo(11), content: "已受理，将依程序调查" });
      assert.deepEqual(await files.save(), []);
      assert.equal(await files.clocks(), "无");

      await files.openNext("报局主要负责人并组成调查组");
      await files.fill({ reported_on: daysAgo(10), principal: "局长 陈某", members: "刘某、赵某", formed_on: daysAgo(10) });
      assert.deepEqual(await files.save(), []);
      assert.deepEqual(await files.stagesDone(), ["intake", "investigation"]);

      await files.openNext("认定");
      await files.fillFindings(
        { ground: "第五条第3项：行政复议决定撤销或者变更", fields: ["复议决定撤销原行政行为"], verification: "经调查属实", acts: [3] },
        "复议决定书；案卷；询问笔录",
      );
      assert.equal(await files.findingsStatus(), "界定为错案");
      assert.deepEqual(await seriousViolations(page), [], "findings form");
      assert.deepEqual(await files.save(), []);

      await files.openDecisionDocument();
      assert.ok(await files.documentIsDraft(), "a draft before the decision");
      await page.goBack();
      await files.waitForFile();

      await files.openNext("集体讨论决定");
      const suggestion = await files.suggestionOf(0);
      assert.notEqual(suggestion, "无建议");
      const differs = suggestion === "免于追究责任" ? "不予追究" : "免于追究责任";
      await files.decide(0, differs);
      await files.fill({ decided_on: daysAgo(3), participants: "局党组成员" });
      const refused = await files.save();
      assert.ok(refused.some((line) => line.includes(`与建议（${suggestion}）不同`)), refused.join("|"));
      assert.match(await files.decisionReasonError(0), /请写明理由/);
      await files.decisionReason(0, "发现错误后主动纠正，未造成后果");
      assert.deepEqual(await files.save(), []);
      assert.match(await files.clocks(), /可责令重新调查的期限（第十条第（三）项）：届满日/);
      assert.ok((await files.nextChoices()).includes("责令重新调查"));

      await files.openNext("申诉");
      await files.fill({ filed_on: daysAgo(1), body: "区行政执法监督部门", content: "不服处理决定" });
      assert.deepEqual(await files.save(), []);
      assert.deepEqual(await files.stagesDone(), ["intake", "investigation", "findings", "decision", "appeal"]);

      await files.amend("立案受理", { case_number: "黔江规资错查〔2026〕9号" }, "更正案号");
      const frozen = await files.save();
      assert.ok(frozen.includes("已作出处理决定，案号不能再修改"), frozen.join("|"));
      await files.fill({ case_number: CASE_NUMBER, reporter: "王某某（行政相对人）", reason: "举报人姓名笔误" });
      assert.deepEqual(await files.save(), []);
      const versions = await files.versionsOf("立案受理");
      assert.equal(versions.length, 1);
      assert.match(versions[0], /王五：举报人姓名笔误/);

      await files.openDecisionDocument();
      assert.ok(!(await files.documentIsDraft()));
      const printed = await files.printedDocument();
      assert.equal(printed.visibleNav, 0, "no header, navigation or buttons in print");
      for (const part of ["行政执法错案责任追究处理决定书", CASE_NUMBER, `对李四：${differs}`, "可以进行陈述和申辩", "王某某"]) {
        assert.ok(printed.text.includes(part), `${part} in the printed decision`);
      }
      assert.deepEqual(await seriousViolations(page), [], "decision document");

      await files.openList();
      assert.match(await files.integrity(), /已校验：共 6 个步骤/);
      const csv = await files.downloadCsv();
      assert.match(csv.name, /^liuhen-错案卷宗台账-\d{4}-\d{2}-\d{2}\.csv$/);
      assert.equal(csv.rows[0][0], "案号");
      assert.deepEqual(csv.rows[1].slice(0, 8), [CASE_NUMBER, daysAgo(12), "来信", "王某某（行政相对人）", "李四", "黔规资罚〔2026〕7号", "是", "陈述申辩与申诉"]);
      assert.match(csv.rows[1][9], new RegExp(`李四：${differs}`));
      assert.deepEqual(errors, []);
    }));

  test("a matter outside the remit: the 2-day transfer clock with its basis, and no investigation", () =>
    session(async ({ files, errors }) => {
      await files.openList();
      await files.startNewFile();
      await files.fill({
        case_number: "黔江规资错查〔2026〕4号",
        received_on: daysAgo(1),
        reporter: "匿名",
        against: "张三",
        enforcement_case: "某许可案件",
        summary: "反映的是区市场监管局的执法行为",
        within_remit: "no",
      });
      assert.deepEqual(await files.save(), []);
      await files.waitForFile();
      assert.match(await files.clocks(), /转送有权部门（第十条第（一）项）：届满日/);
      const choices = await files.nextChoices();
      assert.ok(choices.includes("转送有权部门") && !choices.includes("报局主要负责人并组成调查组"), choices.join("|"));
      await files.openNext("转送有权部门");
      await files.fill({ transferred_on: daysAgo(0), recipient: "区市场监管局" });
      assert.deepEqual(await files.save(), []);
      assert.doesNotMatch(await files.clocks(), /转送有权部门/);
      assert.deepEqual(errors, []);
    }));

  test("a prohibited record imported from an officer awaits 法治科's determination, which stands beside the verdict", () =>
    withSessions(server.url, [["张三", "officer"], ["李四", "legal"]], async (officer, legal) => {
      await officer.officer.openNew();
      await officer.officer.fill(PLEADING_RECORD);
      await officer.officer.save();
      await officer.officer.openList();
      await officer.officer.followExportLink();
      const bundle = await officer.bundles.exportBundle("full");
      await legal.bundles.openImportFromLanding();
      await legal.bundles.chooseFiles(bundle.path);
      await legal.bundles.importConfirmed(bundle.name);

      const files = new CaseFilePage(legal.app);
      // 抽查 (Art. 4): the drawn record's outcome is recorded on its page, with the sample's parameters.
      await legal.bundles.spotCheck({ size: 1, seed: 7 });
      await files.openFirstSampled();
      await files.openFollowUp("抽查情况");
      assert.match(await files.fieldValue("parameters"), /抽取 1 条；种子 7/);
      await files.fill({ checked_on: daysAgo(2), clue: "yes", note: "办案人员称周某此前也来过电话，未记录" });
      assert.deepEqual(await files.save(), []);
      assert.match(await files.followUpState(), /待法治科认定/, "a clue leaves the record awaiting the determination");
      assert.ok((await files.dashboardRows()).some((row) => row.includes("待法治科认定") && row.includes("周某")));
      await legal.bundles.openLegal("/legal/register");
      assert.deepEqual(await files.registerFollowUps(), ["待法治科认定"]);
      await files.openFirstRegisterRecord();
      assert.match(await files.followUpState(), /待法治科认定/);
      assert.deepEqual(await files.followUpChoices(), ["抽查情况", "法治科认定"], "nothing but a spot check before the determination");
      assert.deepEqual(await seriousViolations(legal.page), [], "record page with its follow-up");
      await files.openFollowUp("法治科认定");
      const missing = await files.save();
      assert.ok(missing.includes("请填写认定理由"), missing.join("|"));
      await files.fill({
        decided_on: daysAgo(1),
        item: "本人或授意关系人请托说情、违规打探案情、通风报信",
        reason: "经向办案人员核实，周某来电请求从轻处理属实，与系统结论一致",
      });
      assert.deepEqual(await files.save(), []);
      assert.match(await files.followUpState(), /已认定违反规定干预/);
      assert.match(await files.engineVerdict(), /违反规定干预/, "the engine's verdict stays beside the determination");
      assert.ok((await files.followUpChoices()).includes("报经批准后通报"));
      await files.openCirculation();
      assert.ok(await files.documentIsDraft(), "a draft until the 通报 is approved and issued");
      const circulation = await files.printedDocument();
      assert.equal(circulation.visibleNav, 0);
      for (const part of ["关于内部人员违规干预案件办理情况的通报", "周某", "第十条第（五）项", "尚未报经批准"]) {
        assert.ok(circulation.text.includes(part), `${part} in the printed 通报`);
      }
      assert.deepEqual(await seriousViolations(legal.page), [], "通报 draft");

      await legal.bundles.openLegal("/legal/register");
      assert.deepEqual(await files.registerFollowUps(), ["已认定违反规定干预"]);
      assert.equal(await files.filterRegisterByFollowUp("待法治科认定"), 0);
      assert.equal(await files.filterRegisterByFollowUp("跟进中"), 1);
      assert.ok(!(await files.dashboardRows()).some((row) => row.includes("待法治科认定")));
      assert.deepEqual(officer.errors, []);
      assert.deepEqual(legal.errors, []);
    }));

  test("Art. 13 findings per handler: a first finding warns, a second is referred to discipline inspection", () =>
    session(async ({ page, files, errors }) => {
      await files.openNonRecording();
      await files.newNonRecordingFinding();
      const missing = await files.save();
      assert.ok(missing.includes("请填写办案人员") && missing.includes("请选择是否由主管领导授意"), missing.join("|"));
      const finding = (found, concerning) => ({
        found_on: found,
        handler: "张三",
        failure: "不记录",
        supervisor_instructed: "no",
        concerning,
        details: "当事人亲属来电说情，未记录",
      });
      await files.fill(finding(daysAgo(20), "黔规资罚〔2026〕11号"));
      assert.deepEqual(await files.save(), []);
      await files.newNonRecordingFinding();
      await files.fill(finding(daysAgo(5), "黔规资罚〔2026〕15号"));
      assert.deepEqual(await files.save(), []);
      const outcomes = await files.nonRecordingOutcomes();
      assert.equal(outcomes.length, 2);
      assert.match(outcomes[0], /第 1 次.*警告、通报批评/);
      assert.match(outcomes[1], /第 2 次.*移交纪检部门给予纪律处分/);
      assert.deepEqual(await seriousViolations(page), [], "不记录认定");
      assert.deepEqual(errors, []);
    }));

  test("a retaliation report is not found before its facts are established, then is", () =>
    session(async ({ page, files, errors }) => {
      await files.openRetaliation();
      await files.newRetaliationReport();
      await files.fill({ reported_on: daysAgo(3), recorder: "张三", concerning: "周某来电说情的记录", by: "某副局长", measure: "调离" });
      assert.deepEqual(await files.save(), []);
      assert.match((await files.retaliationFindings())[0], /事实尚未全部查明，暂不认定/);
      await files.amendFirstReport({ legal_ground: "no", legal_procedure: "no", because_of_truthful_record: "yes" }, "经调查查明");
      assert.deepEqual(await files.save(), []);
      assert.match((await files.retaliationFindings())[0], /打击报复/);
      assert.deepEqual(await seriousViolations(page), [], "打击报复报告");
      assert.deepEqual(errors, []);
    }));
});

