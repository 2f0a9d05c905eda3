// The practice tools of issue 7, each filled in and saved with the keyboard alone, checking what the
// tool says on the way. Used by practice-tools.spec.ts and by the workbook and hand-in tests.
import { expect, type Page } from '@playwright/test';
import { typeInto, type ExerciseCase } from './helpers';

/** From a radio group's first radio (reached with Tab), choose `n` on a 1-based scale. */
async function chooseOnScale(page: Page, n: number): Promise<void> {
  await page.keyboard.press('Space');
  for (let k = 1; k < n; k++) await page.keyboard.press('ArrowRight');
}

async function pressButton(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

export const TOOLS: ExerciseCase[] = [
  {
    id: 'goal-sizer',
    saved: /Run 2 km on Saturday/,
    async fillWithKeyboard(page) {
      await typeInto(page, '1. The small area', 'Running');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Run 10 km every day');
      await page.keyboard.press('Tab'); // into the 1-10 scale
      await chooseOnScale(page, 4);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Rate this version' })).toBeFocused();
      await page.keyboard.press('Enter');
      // Under 7: the verdict takes focus, asks for a smaller version and suggests how.
      const step = page.locator('#goal-sizer-step');
      await expect(step).toBeFocused();
      await expect(step).toContainText('4 out of 10');
      await expect(step).toContainText('Cut the amount: 5 km instead of 10.');
      await expect(step).toContainText('Do it on one or two days this week, not every day.');
      await page.keyboard.press('Tab');
      const goal = page.getByLabel('2. A smaller version');
      await expect(goal).toBeFocused();
      await expect(goal).toHaveValue('Run 10 km every day'); // the next version starts from the last
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('Run 2 km on Saturday');
      await page.keyboard.press('Tab');
      await chooseOnScale(page, 8);
      await pressButton(page, 'Rate this version');
      await expect(step).toBeFocused();
      await expect(step).toContainText('8 out of 10: small enough to start');
      await expect(page.locator('.goal-versions li')).toHaveText([
        'Run 10 km every day 4 of 10',
        'Run 2 km on Saturday 8 of 10 · small enough to start',
      ]);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Save this goal' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('1. The small area')).toBeFocused();
    },
  },
  {
    id: 'win-ledger',
    saved: /Asked a question in the team meeting/,
    async fillWithKeyboard(page) {
      await expect(page.locator('.ledger__streak')).toHaveText(/Bank your first small win/);
      await pressButton(page, 'Bank this win'); // nothing filled in: errors, focus on the first
      await expect(page.getByLabel('The win, in one line')).toBeFocused();
      await expect(page.getByLabel('The win, in one line')).toHaveAttribute('aria-invalid', 'true');
      await page.keyboard.type('Asked a question in the team meeting');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Work');
      await page.keyboard.press('Tab'); // into "how hard"
      await chooseOnScale(page, 2); // a stretch
      await expect(page.getByRole('radio', { name: 'A stretch' })).toBeChecked();
      await pressButton(page, 'Bank this win'); // the day left empty: today
      await expect(page.getByLabel('The win, in one line')).toBeFocused();
      await expect(page.locator('.ledger__streak')).toHaveText(
        'A run has started: one day with a win. Small ones count as much as big ones.',
      );
      await expect(page.getByRole('table', { name: 'Wins per week' }).getByRole('row', { name: /This week/ })).toContainText('1');
      await expect(page.getByRole('table', { name: 'Wins per area' }).getByRole('row', { name: /Work/ })).toContainText('1');
      // Edited in place: new words leave the tallies as they are; a new area is counted at once.
      await page.getByRole('button', { name: 'Edit' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByLabel('The win', { exact: true })).toBeFocused();
      await page.keyboard.type(', twice');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('Study');
      const areas = page.getByRole('table', { name: 'Wins per area' });
      await expect(areas.getByRole('row', { name: /Study/ })).toContainText('1');
      await expect(areas.getByRole('row', { name: /Work/ })).toHaveCount(0);
      await pressButton(page, 'Done editing');
      await expect(page.locator('.entry').first()).toContainText('Asked a question in the team meeting, twice');
    },
  },
  {
    id: 'sources-sorter',
    saved: /Watching people like me/,
    async fillWithKeyboard(page) {
      const item = (text: RegExp) => page.getByRole('group', { name: text });
      const answers: [RegExp, string][] = [
        [/flat bike tyre/, 'Mastery experience'],
        [/neighbour always said/, 'Vicarious experience'],
        [/driving test/, 'Verbal persuasion'],
        [/heart pounds/, 'Physiological and emotional states'],
        [/three short talks/, 'Mastery experience'],
        [/classmate who is just as shy/, 'Vicarious experience'],
        [/your dad tells you/, 'Mastery experience'], // not the lesson's reading: the explanation says so
        [/slept well/, 'Physiological and emotional states'],
      ];
      for (const [text, source] of answers) {
        await item(text).getByRole('button', { name: source }).focus();
        await page.keyboard.press('Enter');
      }
      await expect(item(/flat bike tyre/)).toContainText('Your choice: Mastery experience. That matches the lesson’s reading.');
      await expect(item(/your dad tells you/)).toContainText('The lesson’s reading: Verbal persuasion.');
      await expect(item(/your dad tells you/).getByRole('button', { name: 'Mastery experience' })).toHaveAttribute('aria-pressed', 'true');
      // A differing answer is marked in words (and never with the tick of a match); the lesson's reading is named.
      await expect(item(/your dad tells you/).locator('[data-mark="differs"]')).toContainText('not the lesson’s reading');
      await expect(item(/your dad tells you/).locator('[data-mark="lesson"]')).toContainText('Verbal persuasion');
      await expect(item(/flat bike tyre/).locator('[data-mark="match"]')).toHaveText('Mastery experience');
      await expect(page.locator('[data-exercise="sources-sorter"]')).not.toContainText(/\d+ ?\/ ?8|\d+ of 8|\d+ ?%/);
      // Order with the buttons alone: Mastery up twice, then Vicarious up twice.
      await page.getByRole('button', { name: 'Move Mastery experience up' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Move Mastery experience down' })).toBeFocused(); // at the top
      await page.getByRole('button', { name: 'Move Vicarious experience up' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await expect(page.locator('.sorter__order .sorter__name')).toHaveText([
        'Mastery experience',
        'Vicarious experience',
        'Verbal persuasion',
        'Physiological and emotional states',
      ]);
      await pressButton(page, 'Check the order');
      await expect(page.locator('[data-exercise="sources-sorter"]')).toContainText('Your order matches the lesson’s.');
      await typeInto(page, 'Which source could you use more on purpose this week?', 'Watching people like me who struggle and keep going.');
      await pressButton(page, 'Save this round');
    },
  },
  {
    id: 'esteem-or-efficacy',
    saved: /Whether I can give the talk/,
    async fillWithKeyboard(page) {
      const answers: [RegExp, string][] = [
        [/landlord/, 'An efficacy question'],
        [/glad to have around/, 'An esteem question'],
        [/fractions/, 'An esteem question'], // not the lesson's reading
        [/I’m stupid/, 'An esteem question'],
        [/five kilometres/, 'An efficacy question'],
        [/deserve good things/, 'An esteem question'],
        [/tomorrow’s lecture/, 'An efficacy question'],
        [/as good a person/, 'An esteem question'],
      ];
      for (const [text, choice] of answers) {
        await page.getByRole('group', { name: text }).getByRole('button', { name: choice }).focus();
        await page.keyboard.press('Enter');
      }
      await expect(page.getByRole('group', { name: /fractions/ })).toContainText('The lesson’s reading: An efficacy question.');
      await typeInto(page, /Which of your own doubts/, 'Whether I can give the talk on Friday.');
      await pressButton(page, 'Save this round');
    },
  },
  {
    id: 'attribution-audit',
    saved: /I’m just not a numbers person/,
    async fillWithKeyboard(page) {
      const group = (name: RegExp) => page.getByRole('group', { name });
      await group(/success or a setback/)
        .getByRole('radio', { name: 'Setback' })
        .focus();
      await page.keyboard.press('Space');
      await typeInto(page, 'What happened?', 'I failed the statistics quiz.');
      await typeInto(page, /How did you explain it to yourself/, 'I’m just not a numbers person.');
      for (const [name, choice] of [
        [/in your control/, 'Partly'],
        [/same next time/, 'Yes'],
        [/mostly about/, 'Fixed ability or talent'],
      ] as const) {
        await group(name).getByRole('radio', { name: choice }).focus();
        await page.keyboard.press('Space');
      }
      const ideas = page.locator('[data-exercise="attribution-audit"] .notice').filter({ hasText: 'Ideas for a reframe' });
      await expect(ideas).toContainText('Which part of the method could I change next time?');
      await typeInto(page, /Your reframe/, 'I prepared by rereading; next time I will do practice questions.');
      await pressButton(page, 'Save this audit');
    },
  },
  {
    id: 'belief-ladder',
    saved: /Make a budget for the month/,
    async fillWithKeyboard(page) {
      await typeInto(page, '1. The area', 'Money');
      // Typed in a slightly wrong order, then put right with Move up.
      const rungs = [
        ['Pay a bill online', '80'],
        ['Check my bank balance', '95'],
        ['Make a budget for the month', '40'],
        ['Ask for a pay rise', '20'],
      ] as const;
      await page.keyboard.press('Tab');
      for (const [i, [task, sure]] of rungs.entries()) {
        await expect(page.locator(`#belief-ladder-task-${i}`)).toBeFocused();
        await page.keyboard.type(task);
        await page.keyboard.press('Tab');
        await expect(page.getByLabel(`How sure am I that I can do this now? (“${task}”)`)).toBeFocused();
        await page.keyboard.type(sure);
        // Past Move up (disabled on the first task) and Move down (disabled on the last) to the next
        // task, or after the last to "Add a task".
        for (let k = i === 0 || i === rungs.length - 1 ? 2 : 3; k > 0; k--) await page.keyboard.press('Tab');
      }
      await expect(page.getByRole('button', { name: 'Add a task' })).toBeFocused();
      await pressButton(page, 'Move “Check my bank balance” up');
      // At the top its Move up is disabled, so focus moves to its Move down.
      await expect(page.getByRole('button', { name: 'Move “Check my bank balance” down' })).toBeFocused();
      await expect(page.locator('#belief-ladder-task-0')).toHaveValue('Check my bank balance');
      await expect(page.locator('[data-exercise="belief-ladder"] [aria-live="polite"].visually-hidden')).toHaveText(
        '“Check my bank balance”: task 1 of 4.',
      );
      await expect(page.locator('.ladder-chart')).toContainText(
        'Your belief drops most between “Pay a bill online” (80) and “Make a budget for the month” (40): 40 points.',
      );
      // Saving without a choice: the summary takes focus and its link leads to the choices.
      await pressButton(page, 'Save this ladder');
      const summary = page.locator('#belief-ladder-errors');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Choose the task to practise this week.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('radio', { name: 'Check my bank balance (95)' })).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('radio', { name: /Pay a bill online \(80\) · suggested/ })).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: 'the goal sizer' })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Save this ladder' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('[data-exercise="belief-ladder"] .exercise__saved')).toHaveText('Saved. Your ladder is in the list below.');
    },
  },
];
