// 迁移与备份 against the release build, with separate browser profiles: an officer's journal moved to a new laptop
// with its passphrase (refused with a wrong one), which continues the same chain with the same key; 法治科's backup
// restored into a fresh profile, verified, with its import log and key decisions.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { serveBuild } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { PLEADING_RECORD } from "../fixtures/officer_page.mjs";
import { withSessions } from "../fixtures/bundle_page.mjs";
import { TransferPage } from "../fixtures/transfer_page.mjs";

const PASSPHRASE = "黔江规资-迁移口令2026";

describe("moving to a new laptop, and backups", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  test("an officer's journal moves to a second profile with its passphrase and continues the same chain", () =>
    withSessions(server.url, [["张三", "officer"], ["张三", "officer"]], async (old, fresh) => {
      await old.officer.openNew();
      await old.officer.fill({ ...PLEADING_RECORD, content: "旧电脑上的记录。" });
      await old.officer.save();
      await old.app.goTo("settings");
      const device = await old.app.deviceId();
      const fingerprint = await old.app.deviceKeyFingerprint();
      const oldTransfer = new TransferPage(old.app);
      assert.deepEqual(await seriousViolations(old.page), [], "设置 with 迁移与备份");
      const file = await oldTransfer.makeFile(PASSPHRASE);
      assert.match(file.name, /^liuhen-迁移-\d{8}-\d{4}\.json$/);
      assert.match(file.text, /"format": "liuhen-migration"/);
      assert.ok(!file.text.includes("旧电脑上的记录"), "the journal is not in the clear");
      assert.match(file.status, /已导出迁移文件（共 1 条日志事件，至第 1 条）/);
      assert.match(await oldTransfer.lastMade(), /^最近一次导出迁移文件：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      // The old laptop, started again, says its journal was moved.
      await old.app.open("/officer");
      assert.ok((await old.officer.journalNotices()).some((n) => /已于 .* 导出为迁移文件.*分叉/.test(n)));

      const transfer = new TransferPage(fresh.app);
      const refused = await transfer.takeFile(file.path, "不是这个口令123");
      assert.match(refused, /口令不正确.*未写入任何内容/);
      assert.doesNotMatch(refused, /[A-Za-z_]{5,}/, "no English code in the message");
      const taken = await transfer.takeFile(file.path, PASSPHRASE);
      assert.match(taken, /已导入 1 条日志事件（至第 1 条），校验无误/);
      await transfer.openTaken();

      await fresh.app.open("/settings");
      assert.equal(await fresh.app.deviceId(), device, "the same device id");
      assert.equal(await fresh.app.deviceKeyFingerprint(), fingerprint, "the same signing key");
      await fresh.officer.openNew();
      await fresh.officer.fill({ ...PLEADING_RECORD, content: "新电脑上的记录。" });
      await fresh.officer.save();
      await fresh.officer.openList();
      await fresh.officer.waitUntilVerified();
      assert.equal(await fresh.officer.rowCount(), 2);
      assert.match(await fresh.officer.chainSummary(), /本机日志共 2 条事件/);
      assert.deepEqual(fresh.errors, []);
    }));

  test("法治科's backup is restored into a fresh profile, verified, with its import log and key decision", () =>
    withSessions(server.url, [["张三", "officer"], ["李四", "legal"], ["王五", "legal"]], async (officer, legal, fresh) => {
      await officer.officer.openNew();
      await officer.officer.fill(PLEADING_RECORD);
      await officer.officer.save();
      const bundle = await officer.bundles.exportBundle("full");
      await legal.bundles.openImportFromLanding();
      await legal.bundles.chooseFiles(bundle.path);
      assert.match(await legal.bundles.importConfirmed(bundle.name), /已确认此设备的公钥并导入/);
      const entries = await legal.bundles.storedEntryCount();

      const backup = await new TransferPage(legal.app).makeFile(PASSPHRASE);
      assert.match(backup.name, /^liuhen-备份-\d{8}-\d{4}\.json$/);
      assert.match(backup.status, /已导出法治科备份（共 1 条事件）/);
      assert.match(await new TransferPage(legal.app).lastMade(), /^最近一次备份：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      assert.deepEqual(await seriousViolations(legal.page), [], "法治科's 设置 with 迁移与备份");

      const transfer = new TransferPage(fresh.app);
      const restored = await transfer.takeFile(backup.path, PASSPHRASE);
      assert.match(restored, /已恢复法治科备份：1 条事件、1 次导入记录、1 个已确认的密钥、1 项密钥核对决定，错案卷宗日志 0 条事件，全部校验无误/);
      await transfer.openTaken();
      assert.equal(await fresh.bundles.storedEntryCount(), entries);
      await fresh.bundles.openLegal("/legal/register");
      assert.equal(await fresh.bundles.registerRowCount(), 1);
      const log = await fresh.bundles.importLog();
      assert.equal(log.length, 1);
      assert.ok(log[0].source.includes(bundle.name), log[0].source);
      assert.deepEqual(fresh.errors, []);
    }));
});
