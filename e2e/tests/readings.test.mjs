// 本局口径 carried from 法治科 to an officer's laptop: 法治科 changes a reading and publishes it as a signed file, the
// officer imports it (confirming the publisher's key by its fingerprint), a record's verdict changes and names the
// published version; the readings are then read-only there, and an older version is refused in Chinese.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { serveBuild } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { PLEADING_RECORD } from "../fixtures/officer_page.mjs";
import { withSessions } from "../fixtures/bundle_page.mjs";
import { ReadingsPage } from "../fixtures/readings_page.mjs";

describe("published readings", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  test("法治科 publishes, an officer imports: the verdict changes and names the version; an older one is refused", () =>
    withSessions(server.url, [["张三", "officer"], ["李四", "legal"]], async (officer, legal) => {
      // The officer records a plea by an official of another enforcement body.
      await officer.officer.openNew();
      await officer.officer.fill({ ...PLEADING_RECORD, category: "其他执法机关的工作人员", caseNumber: "黔规资罚〔2024〕30号" });
      await officer.officer.save();
      const recordUrl = officer.page.url();
      const before = await officer.officer.verdict();
      const officerReadings = new ReadingsPage(officer.app);
      assert.match(await officerReadings.verdictReadings(), /未导入法治科发布的本局口径，本结论按系统默认口径作出/);
      await officerReadings.open();
      assert.match(await officerReadings.inUse(), /未导入法治科发布的本局口径，目前按默认口径/);
      assert.equal(await officerReadings.choiceEnabled("reading-outside-officials-no"), true);

      // 法治科: only this bureau's staff are internal personnel (R2 Art. 2, 10): version 1; then version 2.
      const legalReadings = new ReadingsPage(legal.app);
      await legalReadings.open();
      await legalReadings.answer("reading-outside-officials", false);
      assert.match(await legalReadings.save(), /已保存/);
      const first = await legalReadings.publish("2026-12-01");
      assert.equal(first.name, "liuhen-本局口径-第1版-2026-12-01.json");
      assert.match(first.status, /已发布第1版本局口径/);
      const file = JSON.parse(first.text);
      assert.equal(file.format, "liuhen-readings");
      assert.equal(file.version, 1);
      assert.equal(file.readings.r2.outside_officials_are_internal, false);
      await legalReadings.answer("reading-repeat-second", false);
      await legalReadings.save();
      const second = await legalReadings.publish("2026-12-05");
      assert.equal(second.name, "liuhen-本局口径-第2版-2026-12-05.json");
      assert.equal(await legalReadings.choiceEnabled("reading-outside-officials-yes"), true, "法治科 keeps editing");
      assert.match((await legalReadings.history())[0], /第2版（2026-12-05起施行）：.*由李四在本机发布/);
      assert.match(await legalReadings.inUse(), /本机最近发布或导入的是第2版本局口径/);
      await legal.app.goTo("settings");
      const legalFingerprint = await legal.app.deviceKeyFingerprint();
      assert.deepEqual(await seriousViolations(legal.page), [], "法治科's 设置 after publishing");

      // A changed byte is refused before the key is even asked about.
      await officerReadings.chooseFile({
        name: second.name,
        mimeType: "application/json",
        buffer: Buffer.from(second.text.replace('"effective_from": "2026-12-05"', '"effective_from": "2026-12-04"')),
      });
      assert.match(await officerReadings.importResult(), /被改动过，未导入/);

      // The officer imports version 2: the key is confirmed by its fingerprint first.
      await officerReadings.chooseFile(second.path);
      assert.equal(await officerReadings.keyQuestionFingerprint(), legalFingerprint);
      assert.deepEqual(await seriousViolations(officer.page), [], "the key question");
      await officerReadings.confirmKey("张三");
      assert.match(await officerReadings.importResult(), /已导入第2版本局口径（2026-12-05起施行）/);
      const changed = await officerReadings.changedVerdicts();
      assert.equal(changed.length, 1, changed.join("\n"));
      assert.ok(changed[0].includes("黔规资罚〔2024〕30号") && changed[0].includes("周某"), changed[0]);
      assert.ok(changed[0].includes(`${before.trim()} → `), changed[0]);
      assert.match(await officerReadings.inUse(), /第2版本局口径，2026-12-05起施行/);
      assert.equal(await officerReadings.saysReadOnly(), true);
      assert.equal(await officerReadings.choiceEnabled("reading-outside-officials-yes"), false);
      assert.equal(await officerReadings.choiceChecked("reading-outside-officials-no"), true);
      assert.match((await officerReadings.history())[0], /第2版（2026-12-05起施行）.*张三导入，改变了1条记录的结论/);

      // The record's verdict follows, and names the version.
      await officer.app.open(new URL(recordUrl).pathname);
      await officer.page.locator("[data-testid='verdict']").waitFor();
      const afterVerdict = await officer.officer.verdict();
      assert.notEqual(afterVerdict, before);
      assert.ok(changed[0].endsWith(afterVerdict.trim()), `${changed[0]} / ${afterVerdict}`);
      assert.match(await officerReadings.verdictReadings(), /依据法治科发布的第2版本局口径（2026-12-05起施行）作出/);

      // The older version 1 is refused, in Chinese, and nothing changes.
      await officerReadings.open();
      await officerReadings.chooseFile(first.path);
      const refused = await officerReadings.importResult();
      assert.match(refused, /第1版本局口径，比本机正在使用的第2版旧，未导入/);
      assert.doesNotMatch(refused, /[A-Za-z_]{6,}/, "no English code in the message");
      assert.match(await officerReadings.inUse(), /第2版/);
      assert.equal((await officerReadings.history()).length, 1);

      // After a reload the laptop still uses version 2.
      await officer.page.reload();
      await officerReadings.open();
      assert.match(await officerReadings.inUse(), /第2版本局口径/);
      assert.deepEqual(officer.errors, []);
      assert.deepEqual(legal.errors, []);
    }));
});
