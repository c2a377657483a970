// 培训测验 against the release build: a 5-question exam with right and wrong answers, its mistakes in review,
// progress kept over a reload and a day later, practice by keyboard, export and reset, axe on every quiz page.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serveBuild } from "../fixtures/browser.mjs";
import { seriousViolations } from "../fixtures/axe.mjs";
import { withTraineeSession, wrongChoice } from "../fixtures/quiz_page.mjs";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("trainee quiz", () => {
  let server;
  before(async () => {
    server = await serveBuild();
  });
  after(async () => {
    await server.close();
  });

  const traineeSession = (run) => withTraineeSession(server.url, run);

  test("an exam answered partly right is scored, its mistakes come back in review, and progress survives", () =>
    traineeSession(async ({ page, quiz, errors }) => {
      assert.deepEqual(await seriousViolations(page), [], "quiz overview");
      await quiz.goTo("exam");
      assert.equal(await quiz.examCountValue(), "10", "ten questions by default");
      assert.match(await quiz.examRules(), /及格线 80%/);
      assert.deepEqual(await seriousViolations(page), [], "exam setup");

      // First sitting: hand in blank, then read the solutions the result page shows.
      await quiz.startExam(5);
      assert.match(await quiz.countdown(), /剩余时间 07:[0-5]\d/);
      assert.deepEqual(await seriousViolations(page), [], "running exam");
      const paper = await quiz.examQuestionIds();
      assert.equal(paper.length, 5);
      await quiz.handIn();
      assert.equal((await quiz.examFigures()).correct, "0 / 5");
      const solutions = await quiz.examSolutions();
      assert.deepEqual(solutions.map((s) => s.id), paper);
      assert.ok(solutions.every((s) => s.status === "未作答" && s.right.length > 0));
      assert.ok(solutions.every((s) => s.wrong.length > 0 || s.right.length > 1), "each question can be answered wrongly");

      // Second sitting of the same paper: the first three answered as the solutions said, the last two wrongly.
      await quiz.retakeExam();
      assert.deepEqual(await quiz.examQuestionIds(), paper, "the same paper");
      for (const [index, solution] of solutions.entries()) {
        await quiz.answerExamQuestion(index, index < 3 ? solution.right : wrongChoice(solution));
      }
      assert.match(await quiz.examProgress(), /已答 5 \/ 5 题/);
      await quiz.handIn();
      const figures = await quiz.examFigures();
      assert.equal(figures.correct, "3 / 5");
      assert.equal(figures.score, "60%");
      assert.equal(figures.passMark, "80%");
      assert.match(figures.verdict, /^不及格/);
      const statuses = (await quiz.examSolutions()).map((s) => s.status);
      assert.deepEqual(statuses, ["答对", "答对", "答对", "答错", "答错"]);
      const breakdown = await quiz.breakdownValues();
      assert.ok(breakdown.length > 0 && breakdown.every((v) => /^\d{1,3}%$/.test(v)), breakdown.join(","));
      assert.deepEqual(await seriousViolations(page), [], "exam result");

      // Review: every question of the paper is in the deck (all were missed once); the two missed again twice.
      await quiz.goTo("review");
      const deck = await quiz.reviewDeck();
      assert.deepEqual(Object.keys(deck).sort(), [...paper].sort());
      for (const [index, id] of paper.entries()) {
        const expected = index < 3 ? { lapses: 1, repetitions: 1 } : { lapses: 2, repetitions: 0 };
        assert.deepEqual({ lapses: deck[id].lapses, repetitions: deck[id].repetitions }, expected, id);
      }
      assert.equal(await quiz.dueCount(), "0");
      assert.match(await quiz.nextDue(), /（1 天后）/);
      assert.deepEqual(await seriousViolations(page), [], "review page");

      // A reload keeps everything.
      await quiz.reload("review");
      assert.deepEqual(await quiz.reviewDeck(), deck);
      await quiz.goTo("progress");
      assert.equal(await quiz.examsTaken(), "2");
      assert.equal(await quiz.answeredCount(), "10");
      assert.equal(await quiz.examListCount(), 2);
      assert.match(await quiz.examListRowText(0), /3 \/ 560%80%不及格/);
      assert.ok((await quiz.masteryBarCount()) > 0);
      assert.deepEqual(await seriousViolations(page), [], "progress page");

      // A day later the missed questions are due; a review answer is graded with feedback and rescheduled.
      await page.clock.setSystemTime(new Date(Date.now() + DAY_MS + 60_000));
      await quiz.open("review");
      assert.equal(await quiz.dueCount(), "5");
      await quiz.startReview();
      const id = await quiz.questionId();
      const known = solutions.find((s) => s.id === id);
      await quiz.choose(known.right);
      await quiz.submit();
      assert.match(await quiz.headline(), /回答正确/);
      assert.ok((await quiz.quotedArticleCount()) > 0, "article text quoted");
      assert.deepEqual(await seriousViolations(page), [], "review question with feedback");
      await quiz.endReview();
      assert.equal(await quiz.dueCount(), "4");
      assert.deepEqual(errors, []);
    }));

  test("when time runs out the exam is handed in with the answers given in time", () =>
    traineeSession(async ({ context, page, quiz, errors }) => {
      await context.clock.install();
      await quiz.open("exam");
      await quiz.startExam(1);
      assert.match(await quiz.countdown(), /剩余时间 01:[23]\d/, "90 seconds for one question");
      await quiz.choose([(await quiz.optionKeys())[0]]);
      await page.clock.fastForward("01:35");
      await quiz.waitForExamResult();
      assert.match(await quiz.timeUsed(), /（超时）/);
      assert.notEqual(await quiz.examAnswerStatus(), "未作答", "the answer given in time counts");
      await quiz.goTo("progress");
      assert.equal(await quiz.examListCount(), 1);
      assert.match(await quiz.examListRowText(0), /（超时）/);
      assert.deepEqual(errors, []);
    }));

  test("practice works from the keyboard and shows feedback with the article text", () =>
    traineeSession(async ({ page, app, quiz, errors }) => {
      await quiz.goTo("practice");
      assert.match(await quiz.topicLabel("R2-10"), /^第十条（\d+ 题）$/);
      assert.deepEqual(await seriousViolations(page), [], "topic picker");
      await quiz.startPractice("R2-10");
      assert.deepEqual(await seriousViolations(page), [], "practice question");
      assert.equal(await app.focusedTestId(), "question-title", "the new question has focus");

      await page.keyboard.press("Tab");
      assert.equal(await app.focusedTestId(), "option-input");
      await page.keyboard.press("Space");
      assert.ok(await quiz.isFirstOptionChecked(), "Space selects the focused option");
      await page.keyboard.press("Enter");
      await quiz.waitForFeedback();
      assert.equal(await app.focusedTestId(), "feedback-headline", "the result has focus");
      assert.match(await quiz.headline(), /回答(正确|错误)/);
      const notes = await quiz.optionNotes();
      assert.equal(notes.length, (await quiz.optionKeys()).length, "one note per option");
      assert.ok(notes.every((n) => n.length > 0));
      assert.ok((await quiz.stepCount()) > 0, "the engine's steps");
      const quoted = await quiz.quotedCites();
      assert.ok(quoted.some((cite) => cite.startsWith("R2-10")), quoted.join(","));
      assert.deepEqual(await seriousViolations(page), [], "practice feedback");
      assert.match(await quiz.practiceScore(), /^已答 1 题，答对 [01] 题$/);

      await quiz.next();
      await quiz.waitForQuestionNumber(2);
      assert.equal(await quiz.feedbackPanelCount(), 0);
      const second = await quiz.questionId();
      await quiz.goTo("progress");
      assert.equal(await quiz.answeredCount(), "1");
      await quiz.goTo("practice");
      assert.equal(await quiz.questionId(), second, "the session is kept while moving between quiz pages");
      assert.deepEqual(errors, []);
    }));

  test("the feedback on a wrong answer says which change of facts would make each wrong option right", () =>
    traineeSession(async ({ quiz, errors }) => {
      await quiz.goTo("practice");
      await quiz.startPractice("R2-7");
      assert.ok(await quiz.answerWronglyInPractice(), "a wrong answer within ten questions");
      const notes = await quiz.wrongOptionNotes();
      assert.ok(notes.length > 0);
      const named = notes.filter((n) => /^本案.+；若.+，(则本项才成立|才需要“.+”)(（依据第.+）)?。$/.test(n));
      assert.ok(named.length > 0, notes.join("\n"));
      assert.equal(new Set(notes).size, notes.length, "each wrong option its own note");
      assert.ok(notes.every((n) => !/引擎|SM-2|r[12]-\d/.test(n)), notes.join("\n"));
      assert.deepEqual(errors, []);
    }));

  test("progress is exported as a named JSON file and reset only after confirmation", () =>
    traineeSession(async ({ page, quiz, errors }) => {
      await quiz.goTo("practice");
      await quiz.startPractice("R1");
      await quiz.choose([(await quiz.optionKeys())[0]]);
      await quiz.submit();
      await quiz.goTo("progress");
      assert.equal(await quiz.answeredCount(), "1");

      const download = await quiz.exportProgress();
      assert.match(download.suggestedFilename(), /^liuhen-quiz-学员甲-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(await readFile(await download.path(), "utf8"));
      assert.equal(exported.version, 1);
      assert.equal(exported.history.length, 1);
      assert.equal(exported.history[0].cites[0].slice(0, 2), "R1");

      await quiz.askToReset();
      await quiz.waitForResetConfirmation();
      assert.deepEqual(await seriousViolations(page), [], "reset confirmation");
      await quiz.cancelReset();
      assert.equal(await quiz.answeredCount(), "1", "cancel keeps the progress");
      await quiz.askToReset();
      await quiz.confirmReset();
      assert.equal(await quiz.answeredCount(), "0");
      await quiz.reload("progress");
      assert.equal(await quiz.answeredCount(), "0", "the reset is stored");
      assert.deepEqual(errors, []);
    }));
});
