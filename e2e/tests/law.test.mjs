// 法规 against the release build: both regulations in full, a search, a provision opened by its address and focused;
// accessible, no console errors.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { serveBuild } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { withReader } from "../fixtures/law_page.mjs";

describe("regulations reader", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  test("search finds the items, and a hit leads to the item with its id", () =>
    withReader(server.url, async ({ page, law, errors }) => {
      await law.openFromNav();
      assert.equal(await law.articleCount(), 13 + 15, "every article of R1 and R2");
      assert.deepEqual(await seriousViolations(page), [], "reader");
      await law.search("打探案情");
      const { summary, hits } = await law.results();
      assert.match(summary, /^找到 \d+ 处/);
      assert.ok(hits.some((h) => h.includes("R2-10-5") && h.includes("本人或者授意身边工作人员")), hits.join("\n"));
      assert.ok(hits.every((h) => h.includes("打探案情")));
      await law.followHit("R2-10-5");
      assert.equal(await law.focusedId(), "R2-10-5");
      await law.search("不存在的词语组合");
      assert.equal((await law.results()).summary, "没有找到包含该词语的条文。");
      assert.deepEqual(errors, []);
    }));

  test("help is one click away, with the reader's own role first", () =>
    withReader(server.url, async ({ page, law, errors }) => {
      const sections = await law.openHelp();
      assert.deepEqual(sections, ["培训学员", "办案人员", "局机关法治科"]);
      assert.deepEqual(await seriousViolations(page), [], "help");
      assert.deepEqual(errors, []);
    }));

  test("an address with a provision id opens the reader at that provision", () =>
    withReader(server.url, async ({ law, errors }) => {
      await law.openAt("R1-8-6");
      assert.equal(await law.focusedId(), "R1-8-6");
      assert.match(await law.provisionText("R1-8-6"), /^（六）因行政相对人弄虚作假/);
      assert.deepEqual(errors, []);
    }));
});
