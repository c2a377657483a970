// Bundles against the release build, with two separate browser profiles (an officer's laptop and 法治科's computer):
// a device's first file held until 法治科 confirms its key, export, import with preview, provenance in the register,
// re-import, a changed byte, text-only rendering, and a conflict merged by 法治科.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { serveBuild } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { AppPage } from "../fixtures/app_page.mjs";
import { OfficerPage, PLEADING_RECORD } from "../fixtures/officer_page.mjs";
import { withSessions } from "../fixtures/bundle_page.mjs";

const SCRIPT = "<script>window.__pwned=1</script>";
/** What a refusal must never show a user: a refusal code (`digest_mismatch`), a storage key (`liuhen/v1/…`). */
const PROGRAM_WORDS = /[a-z]+_[a-z]+|liuhen\/v1/;
const IMG = '<img src=x onerror="window.__pwned=1">';

describe("bundles between two browser profiles", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  /** Runs `run(officer, legal)` with two separate profiles: the officer 张三's laptop and 法治科's 李四's computer. */
  const officerAndLegal = (run) => withSessions(server.url, [["张三", "officer"], ["李四", "legal"]], run);

  async function record(officer, fields) {
    await officer.openNew();
    await officer.fill({ ...PLEADING_RECORD, ...fields });
    await officer.save();
  }

  async function notPwned(app, where) {
    assert.equal(await app.page.evaluate(() => typeof window.__pwned), "undefined", `script ran on ${where}`);
    assert.equal(await app.markupElementCount(), 0, `markup rendered on ${where}`);
  }

  test("three records exported, imported with provenance; a re-import adds nothing; a changed byte is refused", () =>
    officerAndLegal(async (officer, legal) => {
      for (const n of [1, 2, 3]) {
        await record(officer.officer, { caseNumber: `黔规资罚〔2024〕2${n}号`, content: `周某第${n}次来电说情。MARK-A${n}` });
      }
      await officer.officer.openList();
      await officer.officer.followExportLink();
      assert.deepEqual(await seriousViolations(officer.page), [], "export page");
      const bundle = await officer.bundles.exportBundle("full");
      assert.match(bundle.name, /^liuhen-张三-\d{4}-\d{2}-\d{2}\.json$/);
      assert.equal(await officer.bundles.exportedEventCount(), "3");
      const digest = await officer.bundles.exportDigest();
      assert.match(digest, /^[0-9a-f]{64}$/);
      assert.match(await officer.bundles.exportHistory(), /全部导出/);
      await officer.app.goTo("settings");
      const fingerprint = await officer.app.deviceKeyFingerprint();
      assert.match(fingerprint, /^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);

      // 法治科: the landing page links to the import page; the preview comes before anything is written.
      const b = legal.bundles;
      await b.openImportFromLanding();
      await b.chooseFiles(bundle.path);
      assert.equal(await b.previewNewEvents(bundle.name), "3");
      assert.equal(await b.previewDuplicates(bundle.name), "0");
      assert.equal(await b.previewNewRecords(bundle.name), "3");
      assert.equal(await b.previewOfficer(bundle.name), "张三");
      assert.equal(await b.previewDigest(bundle.name), digest);
      assert.match(await b.previewStatus(bundle.name), /尚未经人工确认/);
      assert.equal((await b.previewKeyCheck(bundle.name)).fingerprint, fingerprint);
      assert.equal(await b.storedEntryCount(), 0, "nothing written before the commit");
      assert.deepEqual(await seriousViolations(legal.page), [], "import page with a preview");
      assert.match(await b.importConfirmed(bundle.name), /已确认此设备的公钥并导入：新增 3 个事件/);
      const stored = await b.storedEntryCount();
      assert.equal(stored, 1 + 1 + 3 + 1 + 1, "the held file, the decision, three events, the pinned key, the import log entry");

      // The register: every record with its provenance.
      await b.openLegal("/legal/register");
      assert.equal(await b.registerRowCount(), 3);
      assert.equal(await b.registerTotal(), "3");
      for (const provenance of await b.registerProvenances()) {
        assert.match(provenance, /^张三（设备 [0-9a-f]{16}）/);
        assert.ok(provenance.includes(`${bundle.name}（第1号导入）`), provenance);
      }
      await b.filterRegisterByCase("22号");
      assert.equal(await b.registerRowCount(), 1);
      await b.filterRegisterByOfficer("张三");
      assert.equal(await b.registerRowCount(), 1);
      assert.deepEqual(await seriousViolations(legal.page), [], "register");
      await b.openRegisterRecord(0);
      assert.match(await b.verdictText(), /第十条第（五）项/);
      assert.match(await b.recordDetails(), /周某第2次来电说情/);
      assert.ok((await b.registerRecordProvenance()).includes(bundle.name));
      assert.deepEqual(await seriousViolations(legal.page), [], "register record page");

      // Importing the same file again (dropped this time) adds nothing and writes nothing.
      await b.openLegal("/legal/import");
      await b.dropFile(bundle.name, { text: bundle.text });
      assert.equal(await b.previewNewEvents(bundle.name), "0");
      assert.equal(await b.previewDuplicates(bundle.name), "3");
      assert.match(await b.previewWarnings(bundle.name), /此前已导入（导入记录第1号）/);
      assert.equal(await b.canCommit(bundle.name), false);

      // One byte changed inside an event's content: refused with the reason, nothing written.
      assert.equal(bundle.text.split("MARK-A2").length, 2);
      const tampered = Buffer.from(bundle.text.replace("MARK-A2", "MARK-B2"), "utf8");
      assert.equal(tampered.length, Buffer.byteLength(bundle.text));
      const tamperedName = "liuhen-张三-改动.json";
      await b.chooseFiles({ name: tamperedName, mimeType: "application/json", buffer: tampered });
      const tamperedError = await b.previewError(tamperedName);
      assert.match(tamperedError, /文件内容与其记载的摘要不符.*文件在导出后被改动/);
      assert.doesNotMatch(tamperedError, PROGRAM_WORDS, "plain Chinese, no codes or storage keys");
      assert.match(await b.previewStatus(tamperedName), /拒收/);
      assert.ok(await b.commitDisabled(tamperedName));
      assert.deepEqual(await seriousViolations(legal.page), [], "import page with a refusal");

      // A file over 20 MB is refused by its size, before it is read.
      await b.dropFile("liuhen-过大.json", { bytes: 21 * 1024 * 1024 });
      const tooLarge = await b.previewError("liuhen-过大.json");
      assert.match(tooLarge, /文件过大（21\.0 MB），超过 20 MB 的上限/);
      assert.doesNotMatch(tooLarge, PROGRAM_WORDS, "plain Chinese, no codes or storage keys");
      assert.equal(await b.storedEntryCount(), stored);
      assert.equal(await b.importLogCount(), 1);
      assert.deepEqual(await seriousViolations(legal.page), [], "import log");
      await b.openLegal("/legal/quarantine");
      assert.match(await b.quarantineRowText(bundle.name), /已确认首次导入的公钥：已与办案人员“设置”页的签名公钥指纹逐组核对一致（李四，/);
      assert.deepEqual(await seriousViolations(legal.page), [], "quarantine");
      assert.deepEqual(officer.errors, []);
      assert.deepEqual(legal.errors, []);
    }));

  test("a device's first file shows its key's fingerprint and is held until 法治科 confirms it with a name", () =>
    officerAndLegal(async (officer, legal) => {
      await record(officer.officer, { caseNumber: "黔规资罚〔2024〕41号", content: "首次导入前的来电说情。" });
      // 月度零报告: April had no interference; May has the record, so it cannot be attested.
      assert.match(await officer.officer.attestMonth("2024-04"), /已保存：2024年4月无内部人员过问案件情况/);
      assert.match(await officer.officer.attestMonth("2024-05"), /2024年5月已有 1 条干预、插手记录/);
      const bundle = await officer.bundles.exportBundle("full");
      const fingerprint = await officer.bundles.settingsFingerprint();

      // The preview: not 校验通过, but a key to compare, shown large, with what to compare it with.
      const b = legal.bundles;
      await b.openLegal("/legal/import");
      await b.chooseFiles(bundle.path);
      const status = await b.previewStatus(bundle.name);
      assert.doesNotMatch(status, /校验通过/);
      assert.match(status, /文件与其自带的公钥相符，但此设备的公钥尚未经人工确认/);
      const check = await b.previewKeyCheck(bundle.name);
      assert.equal(check.heading, "首次导入此设备的密钥，需要人工核对");
      assert.equal(check.fingerprint, fingerprint, "the same fingerprint as on the officer's 设置 page");
      assert.match(check.text, /张三.*“设置”页.*密钥登记单/);
      assert.deepEqual(await seriousViolations(legal.page), [], "import page with a first key to confirm");

      // Committing holds the file: nothing merged.
      const held = await b.commit(bundle.name);
      assert.match(held, /首次导入此设备的密钥，文件已暂存，尚未导入/);
      assert.equal(await b.storedEntryCount(), 1, "only the held file");
      const key = await b.keyToCompare(bundle.name);
      assert.equal(key.heading, "首次导入此设备的密钥，需要人工核对");
      assert.equal(key.fingerprint, fingerprint);
      assert.deepEqual(await seriousViolations(legal.page), [], "import page with a key decision");

      // The person's name is required; with it, confirming imports the file.
      const note = "已与张三电脑“设置”页的签名公钥指纹逐组读出核对，一致";
      assert.equal(await b.decideKey(bundle.name, { confirm: true, name: " ", note }), "请填写核对人的姓名");
      const said = await b.decideKey(bundle.name, { name: "法治科李四" });
      assert.match(said, /已确认此设备的公钥并导入：新增 2 个事件/, "the record and the 零报告");
      assert.ok(await b.noKeyDecisionsPending());
      const records = await b.keyDecisionRecords();
      assert.equal(records.length, 1);
      assert.match(records[0], new RegExp(`已确认首次导入的公钥（指纹 ${fingerprint}）（\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}，法治科李四）；${note}`));

      // The record is in the register, and the import log says who confirmed the key.
      await b.openLegal("/legal/register");
      assert.equal(await b.registerRowCount(), 1);
      assert.ok((await b.registerProvenances())[0].includes(`${bundle.name}（第1号导入）`));
      // 统计 counts it under the item its verdict rests on, and the page is accessible.
      const stats = await b.statistics("by-item");
      assert.match(stats.summary, /^期间内共 1 条记录，其中违反规定干预办案 1 条。$/);
      assert.deepEqual(stats.rows.find(([label]) => label === "第十条第（五）项"), ["第十条第（五）项", "1"]);
      assert.deepEqual(await seriousViolations(legal.page), [], "statistics");
      // 抽查: a draw is redrawn exactly from the parameters it shows.
      const drawn = await b.spotCheck({ size: 1, seed: 42 });
      assert.match(drawn.parameters, /抽取 1 条；种子 42$/);
      assert.equal(drawn.items.length, 1);
      assert.match(drawn.items[0], /黔规资罚〔2024〕41号/);
      assert.deepEqual((await b.spotCheck({ size: 1, seed: 42 })).items, drawn.items);
      assert.deepEqual(await seriousViolations(legal.page), [], "spot check");
      // 月度报告情况: the record's month, the attested month, and June with neither.
      const months = await b.monthlyReports("2024-04", "2024-06");
      assert.deepEqual(months.header, ["办案人员", "2024年4月", "2024年5月", "2024年6月", "缺报月数"]);
      assert.deepEqual(months.rows, [["张三", "零报告", "记录 1 条", "缺", "1"]]);
      assert.deepEqual(await seriousViolations(legal.page), [], "monthly reports");
      const log = await b.importLog();
      assert.equal(log.length, 1);
      assert.match(log[0].key, /^设备公钥经法治科李四于\d{4}-\d{2}-\d{2} \d{2}:\d{2}人工核对确认后导入$/);

      // Every message is plain Chinese: no reason codes.
      for (const text of [status, check.text, held, key.text, said, ...records, log[0].key]) {
        assert.doesNotMatch(text, /first_key|key_mismatch|[a-z]+_[a-z]+/, text);
      }
      assert.deepEqual(officer.errors, []);
      assert.deepEqual(legal.errors, []);
    }));

  test("markup typed by the officer shows literally after import and runs nothing", () =>
    officerAndLegal(async (officer, legal) => {
      await record(officer.officer, { personName: IMG, content: SCRIPT, place: IMG });
      await notPwned(officer.app, "the officer's record page");
      const bundle = await officer.bundles.exportBundle("full");
      assert.ok(bundle.text.includes("window.__pwned=1"));

      const b = legal.bundles;
      await b.openLegal("/legal/import");
      await b.chooseFiles(bundle.path);
      await b.waitForPreview(bundle.name);
      assert.match((await b.commitAll())[0], /文件已暂存，尚未导入/);
      assert.match(await b.decideKey(bundle.name, { confirm: true, note: "当面核对指纹一致" }), /已确认此设备的公钥并导入/);
      await b.openLegal("/legal/register");
      assert.equal(await b.registerPerson(), IMG);
      await notPwned(legal.app, "the register");
      await b.openRegisterRecord(0);
      const details = await b.recordDetails();
      assert.ok(details.includes(SCRIPT), details);
      assert.ok(details.includes(IMG), details);
      await notPwned(legal.app, "the register record page");
      assert.deepEqual(legal.errors, []);
    }));

  test("an amendment made in two tabs at once is a conflict that 法治科 merges, keeping both versions", () =>
    officerAndLegal(async (officer, legal) => {
      await record(officer.officer, { content: "周某来电说情。" });
      const recordPath = new URL(officer.page.url()).pathname;
      const second = new OfficerPage(new AppPage(await officer.context.newPage(), server.url));
      await second.openAmendmentAt(recordPath);
      await officer.officer.amend("更正地点（甲）", (form) => form.fillPlace("会议室甲"));
      await second.fillPlace("会议室乙");
      await second.fillAmendReason("更正地点（乙）");
      await second.save();
      await second.waitForConflictNotice();
      await second.page.close();
      const bundle = await officer.bundles.exportBundle("full");

      const b = legal.bundles;
      await b.openLegal("/legal/import");
      await b.chooseFiles(bundle.path);
      await b.waitForPreviewConflicts(bundle.name);
      assert.match(await b.importConfirmed(bundle.name), /已确认此设备的公钥并导入/);
      await b.openLegal("/legal/register");
      assert.equal(await b.registerConflictedCount(), "1");
      await b.followRegisterLink(0);
      await b.waitForConflict();
      assert.equal(await b.conflictVersionCount(), 2);
      const both = await b.conflictVersionsText();
      assert.ok(both.includes("会议室甲") && both.includes("会议室乙"), both);
      assert.deepEqual(await seriousViolations(legal.page), [], "conflict page");

      await b.submitMerge();
      assert.match(await b.mergeReasonError(), /请填写合并理由/);
      await b.fillMergedPlace("会议室甲（经核实）");
      await b.fillMergeReason("经与办案人员核实，地点为会议室甲");
      await b.submitMerge();
      await b.waitForConflictResolved();
      assert.equal(await b.registerVersionCount(), 4);
      assert.match(await b.registerHistory(), /合并冲突版本/);
      assert.match(await b.recordDetails(), /会议室甲（经核实）/);
      const reasons = await b.registerVersionReasons();
      assert.ok(reasons.includes("修改原因：经与办案人员核实，地点为会议室甲"), reasons.join(" | "));
      assert.equal(await b.importLogCount(), 2);
      assert.match(await b.newestImportSource(), /法治科录入：合并记录/);
      assert.deepEqual(officer.errors, []);
      assert.deepEqual(legal.errors, []);
    }));

  test("a corrupt key is kept, replaced only on request, and the new key is imported only once a person accepts it", () =>
    officerAndLegal(async (officer, legal) => {
      await record(officer.officer, { content: "第一次来电。" });
      const first = await officer.bundles.exportBundle("full");
      await officer.bundles.corruptStoredDeviceKey("损坏的密钥");
      await officer.app.open("/officer/export");
      assert.match(await officer.bundles.exportKeyError(), /不会自动更换密钥/);
      await officer.bundles.submitExport();
      assert.match(await officer.bundles.exportError(), /签名密钥不可用/);
      await officer.app.goTo("settings");
      await officer.app.waitForDeviceKeyError();
      assert.ok(await officer.app.replaceKeyDisabled(), "never replaced without confirmation");
      assert.equal(await officer.bundles.storedDeviceKey(), "损坏的密钥");
      await officer.app.confirmKeyReplacement();
      await officer.app.replaceKey();
      await officer.app.waitForDeviceKeyFingerprint();
      const kept = await officer.bundles.quarantinedDeviceKeys();
      assert.deepEqual(kept, ["损坏的密钥"], "the corrupt key is kept in the quarantine");
      await record(officer.officer, { content: "第二次来电。", caseNumber: "黔规资罚〔2024〕31号" });
      const second = await officer.bundles.exportBundle("full");

      const b = legal.bundles;
      await b.openLegal("/legal/import");
      await b.chooseFiles(first.path);
      assert.match(await b.importConfirmed(first.name), /已确认此设备的公钥并导入/);
      const secondName = "liuhen-张三-新密钥.json";
      await b.chooseFiles({ name: secondName, mimeType: "application/json", buffer: Buffer.from(second.text, "utf8") });
      const forged = await b.previewError(secondName);
      assert.match(forged, /可能是伪造的文件/);
      assert.doesNotMatch(forged, PROGRAM_WORDS, "plain Chinese, no codes or storage keys");
      assert.match(await b.previewStatus(secondName), /公钥与此前登记的不同/);
      const before = await b.storedEntryCount();
      assert.match(await b.commit(secondName), /文件已暂存/);
      assert.equal(await b.storedEntryCount(), before + 1, "only the held file, in the quarantine");
      await b.openLegal("/legal/register");
      assert.equal(await b.registerRowCount(), 1, "nothing of the held file merged");

      await b.openLegal("/legal/quarantine");
      assert.equal(await b.quarantineRowCount(first.name), 1, "the first file, held for its first key and confirmed");
      assert.match(await b.quarantineRowText(secondName), /可能是伪造的文件/);
      assert.deepEqual(await seriousViolations(legal.page), [], "quarantine with a held file");
      assert.equal((await b.keyToCompare(secondName)).heading, "公钥与此前确认的不同，可能是伪造的文件");
      assert.match(await b.decideKey(secondName), /请选择确认或拒绝/);
      assert.match(await b.decideKey(secondName, { confirm: true }), /请填写核实情况或拒绝理由/);
      const said = await b.decideKey(secondName, { note: "已电话联系张三，核对新公钥指纹一致" });
      assert.match(said, /已确认新公钥并导入：新增 2 个事件/);
      assert.ok(await b.noKeyDecisionsPending());
      assert.match(await b.quarantineRowText(secondName), /已确认新公钥：已电话联系张三/);
      await b.openLegal("/legal/register");
      assert.equal(await b.registerRowCount(), 2);
      assert.deepEqual(officer.errors, []);
      assert.deepEqual(legal.errors, []);
    }));

  test("officer records kept in the same browser are migrated into the merged store, losing nothing", () =>
    withSessions(server.url, [["王五", "legal"]], async (both) => {
      await record(both.officer, { content: "同一浏览器中记录的来电。" });
      const b = both.bundles;
      await b.openLegal("/legal/import");
      assert.match(await b.migrationPreview(), /将新增 1 个事件/);
      assert.deepEqual(await seriousViolations(both.page), [], "import page with the migration offer");
      await b.commitMigration();
      assert.match(await b.migrationMessage(), /已并入：新增 1 个事件/);
      await b.openLegal("/legal/register");
      assert.match(await b.registerProvenance(), /^王五（设备 [0-9a-f]{16}）；来自：本浏览器中的办案人员日志（第1号导入）$/);
      assert.equal(await both.officer.storedEventCount(), 1, "the officer journal is left as it was");
      assert.deepEqual(both.errors, []);
    }));
});
