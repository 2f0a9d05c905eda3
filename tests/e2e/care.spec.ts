import { test, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './helpers';

// Care first (issue 20): words that signal risk get the help page, never a task, a step or a skill;
// they are still saved, kept out of a hand-in unless the student ticks them, and a teacher sees
// "Needs a look". The rules themselves are unit-tested against a table (tests/unit/care/).

async function open(page: Page, id: string) {
  await page.goto(`/practice/${id}/`);
  await expect(page.locator(`[data-island="${id}"] astro-island:not([ssr])`)).toBeAttached();
}

/** Today's Monday (the tests run in UTC), as an assignment link names its week. */
function thisMonday(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const RISKY_THOUGHTS = [
  "I can't stop thinking about killing myself",
  "I can't go on anymore",
  "I can't stop cutting myself",
  "I can't stop starving myself",
  "I can't leave him, he says he'll hurt me if I do",
  "I can't tell anyone that my dad hits me",
];

test('the rewriter answers a thought of risk with the help panel, never a task, a skill or a step', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, 'cant-rewriter');
  const thought = page.getByLabel('Your thought');
  const panel = page.getByRole('region', { name: 'This sounds really hard' });
  for (const words of RISKY_THOUGHTS) {
    await thought.fill(words);
    await expect(panel, words).toBeVisible();
    await expect(panel.getByRole('link', { name: /Find someone to talk to/ })).toHaveAttribute('href', '/help/');
    await expect(panel).toContainText('call your local emergency number');
    await expect(page.locator('[data-suggestion]')).toHaveCount(0);
    await expect(page.getByLabel('Rewritten as a task')).toHaveCount(0);
    await expect(page.getByLabel('A first small step')).toHaveCount(0);
    await expect(page.locator('[data-left-out-kind]')).toHaveCount(0);
  }
  await expectNoAxeViolations(page, 'with the help panel');
  // Nothing is blocked: the thought is saved like any entry, with the help link beside it.
  await page.getByRole('button', { name: 'Save this rewrite' }).click();
  const saved = page.locator('#cant-rewriter-entries .entry');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText('my dad hits me');
  await expect(saved.locator('[data-entry-care] a')).toHaveAttribute('href', '/help/');
  // An ordinary doubt is still rewritten as before.
  await thought.fill("I can't swim");
  await expect(page.getByLabel('Rewritten as a task')).toHaveValue("I don't yet know how to swim.");
  await expect(panel).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the self-compassion worksheet says line one can be skipped, and shows the panel once typing pauses', async ({ page }) => {
  await open(page, 'self-compassion');
  const hint = page.locator('#self-compassion-criticism-hint');
  await expect(hint).toContainText('You can skip this line');
  await expect(hint.getByRole('link')).toHaveAttribute('href', '/help/');
  await page.getByLabel(/Line one/).pressSequentially('i wanna die', { delay: 20 });
  const panel = page.getByRole('region', { name: 'This sounds really hard' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: /Find someone to talk to/ })).toHaveAttribute('href', '/help/');
  await expectNoAxeViolations(page, 'with the help panel');
  // Line one can be left out: a pair needs only line two.
  await page.getByLabel(/Line one/).fill('');
  await expect(panel).toHaveCount(0);
  await page.getByLabel(/Line two/).fill('One bad week is not who you are.');
  await page.getByRole('button', { name: 'Save this pair' }).click();
  await expect(page.locator('#self-compassion-entries .entry')).toHaveCount(1);
});

test('a win about not hurting yourself is banked like any win, with the help link beside it', async ({ page }) => {
  await open(page, 'win-ledger');
  await page.getByLabel('The win, in one line').fill("Didn't hurt myself today");
  await expect(page.getByRole('region', { name: 'This sounds really hard' })).toBeVisible();
  await page.getByLabel('Area of life', { exact: true }).fill('Me');
  await page.getByRole('radio', { name: 'Easy' }).check();
  await page.getByRole('button', { name: 'Bank this win' }).click();
  const saved = page.locator('#win-ledger-entries .entry');
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText("Didn't hurt myself today");
  await expect(saved.locator('[data-entry-care] a')).toHaveAttribute('href', '/help/');
  // The workbook lists it the same way: kept, with help beside it.
  await page.goto('/workbook/');
  const listed = page.locator('[data-workbook-exercise="win-ledger"] .entry');
  await expect(listed).toContainText("Didn't hurt myself today");
  await expect(listed.locator('[data-entry-care] a')).toHaveAttribute('href', '/help/');
});

test('words of risk stay out of a hand-in unless ticked, and the teacher sees "Needs a look"', async ({ page }) => {
  const errors = watchErrors(page);
  await open(page, 'cant-rewriter');
  await page.getByLabel('Your thought').fill('i cant go on like this');
  await expect(page.getByRole('region', { name: 'This sounds really hard' })).toBeVisible();
  await page.getByRole('button', { name: 'Save this rewrite' }).click();
  await page.getByLabel('Your thought').fill("I can't do fractions");
  await expect(page.getByLabel('Rewritten as a task')).toHaveValue("I don't yet know how to do fractions.");
  await page.getByRole('button', { name: 'Save this rewrite' }).click();
  await expect(page.locator('#cant-rewriter-entries .entry')).toHaveCount(2);

  await page.goto(`/assignment/?p=catch-one-cant&w=${thisMonday()}&c=9B`);
  await expect(page.locator('[data-island="assignment-view"] astro-island:not([ssr])')).toBeAttached();
  const reflection = page.locator('#reflection-catch-one-cant');
  await reflection.fill('Everyone would be better off without me');
  // The reflection field itself shows the panel too.
  await expect(page.getByRole('region', { name: 'This sounds really hard' })).toBeVisible();
  // Flagged words start unticked, marked private, with a note; the ordinary thought starts ticked.
  const risky = page.getByRole('checkbox', { name: /i cant go on like this/ });
  await expect(risky).not.toBeChecked();
  await expect(page.locator('[data-care-choice]').first()).toContainText('stays out of your hand-in unless you tick it');
  await expect(page.getByRole('checkbox', { name: /do fractions/ }).first()).toBeChecked();
  const riskyReflection = page.getByRole('checkbox', { name: /better off without me/ });
  await expect(riskyReflection).not.toBeChecked();
  await expectNoAxeViolations(page, 'hand-in choices');

  await page.getByLabel('Your name', { exact: true }).fill('Sam');
  await page.getByRole('button', { name: 'Make my hand-in link' }).click();
  const withheld = await page.getByLabel('Your hand-in link: send it to your teacher').inputValue();
  // The student ticks the flagged thought themselves: only then does it go in.
  await risky.check();
  await page.getByRole('button', { name: 'Make my hand-in link' }).click();
  const shared = await page.getByLabel('Your hand-in link: send it to your teacher').inputValue();
  expect(shared).not.toBe(withheld);

  // Without the ticked words: no mark.
  await page.goto(withheld);
  await expect(page.locator('[data-hand-in]')).toHaveCount(1);
  await expect(page.locator('[data-hand-in]')).not.toContainText('i cant go on');
  await expect(page.locator('[data-hand-in]')).not.toContainText('better off without me');
  await expect(page.locator('[data-needs-look]')).toHaveCount(0);

  // With them: the roster and the hand-in say "Needs a look", with what to do.
  // A fresh teacher's browser: the review page keeps what it opened at once (and writes it again as
  // it closes), so storage is cleared once it is closed.
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.goto(shared);
  const handIn = page.locator('[data-hand-in]');
  await expect(handIn).toContainText('i cant go on like this');
  const mark = page.locator('[data-roster] [data-needs-look]');
  await expect(mark).toHaveText('Needs a look');
  await expect(page.getByRole('row', { name: /Sam/ })).toContainText('Needs a look');
  const note = handIn.locator('[data-needs-look-note]');
  await expect(note).toContainText('safeguarding procedure');
  await expect(note).toContainText('not a diagnosis');
  await expect(note.getByRole('link', { name: 'help page' })).toHaveAttribute('href', '/help/');
  await expectNoAxeViolations(page, 'review with a hand-in that needs a look');
  // On paper too.
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  await expect(mark).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // Names hidden (a view the class may see): neither the mark nor the words are shown.
  await page.getByLabel(/Hide students’ names/).check();
  await expect(page.locator('[data-needs-look]')).toHaveCount(0);
  await expect(page.locator('[data-needs-look-note]')).toHaveCount(0);
  await expect(handIn).not.toContainText('i cant go on');
  await expect(handIn).toContainText('do fractions');
  expect(errors).toEqual([]);
});

test('a goal or an explanation that signals risk gets the panel, never a verdict, a shrink or a reframe', async ({ page }) => {
  await open(page, 'goal-sizer');
  await page.getByLabel('1. The small area').fill('Me');
  await page.getByLabel('2. Your goal for this week').fill('Stop cutting myself every night');
  await expect(page.getByRole('region', { name: 'This sounds really hard' })).toBeVisible();
  await page
    .getByRole('group', { name: /How sure are you/ })
    .getByRole('radio', { name: '3', exact: true })
    .check();
  await page.getByRole('button', { name: 'Rate this version' }).click();
  const step = page.locator('#goal-sizer-step');
  await expect(step).toContainText('not the right help');
  await expect(step).not.toContainText('Ways to make it smaller');
  await expect(step).not.toContainText('out of 10');
  // Nothing is blocked: it can still be kept.
  await step.getByRole('button', { name: 'Save this goal' }).click();
  await expect(page.locator('#goal-sizer-entries .entry')).toHaveCount(1);

  await open(page, 'attribution-audit');
  const group = (name: RegExp) => page.getByRole('group', { name });
  await group(/success or a setback/)
    .getByRole('radio', { name: 'Setback' })
    .check();
  await page.getByLabel('What happened?').fill('I failed the quiz again.');
  await page.getByLabel(/How did you explain it to yourself/).fill('Everyone would be better off without me.');
  await expect(page.getByRole('region', { name: 'This sounds really hard' })).toBeVisible();
  for (const [name, choice] of [
    [/in your control/, 'Partly'],
    [/same next time/, 'Yes'],
    [/mostly about/, 'Fixed ability or talent'],
  ] as const) {
    await group(name).getByRole('radio', { name: choice }).check();
  }
  await page.waitForTimeout(800); // past the pause, when reframes would have shown
  await expect(page.getByText('Ideas for a reframe')).toHaveCount(0);
});

test('a ladder whose tasks signal risk suggests no task to practise', async ({ page }) => {
  await open(page, 'belief-ladder');
  await page.getByLabel('1. The area').fill('Getting through the day');
  const rungs = [
    ['Get out of bed', '90'],
    ['Eat breakfast', '70'],
    ['Stop cutting myself', '20'],
    ['Talk to my mum', '10'],
  ];
  for (const [i, [task, sure]] of rungs.entries()) {
    await page.locator(`#belief-ladder-task-${i}`).fill(task!);
    await page.getByLabel(`How sure am I that I can do this now? (“${task}”)`).fill(sure!);
  }
  await expect(page.getByRole('region', { name: 'This sounds really hard' }).first()).toBeVisible();
  await expect(page.getByRole('radio', { name: /Eat breakfast \(70\)/ })).toBeVisible();
  await expect(page.getByText('suggested: the last task before the biggest drop')).toHaveCount(0);
});

test('"We can" statements and group names that signal risk get the panel, on the worksheet and on /together/', async ({ page }) => {
  const panel = page.getByRole('region', { name: 'This sounds really hard' });
  await open(page, 'we-can');
  await page.getByLabel('Name the group (optional)').fill('the house where dad hits us');
  await expect(panel).toHaveCount(1);
  await page.getByLabel('Name the group (optional)').fill('the under-14s');
  await expect(panel).toHaveCount(0);
  await page.getByRole('button', { name: 'Add a statement' }).click();
  await page.getByLabel('Statement 1: we, as a group, can …').fill('stop me from wanting to kill myself');
  await expect(panel).toHaveCount(1);

  await page.goto('/together/');
  await expect(page.locator('[data-island="group-check"] astro-island:not([ssr])')).toBeAttached();
  await page.getByLabel('What your group can do together, one per line').fill('keep dad from hitting us\nplan a trip');
  await expect(panel).toHaveCount(1);
  await expect(panel.getByRole('link', { name: /Find someone to talk to/ })).toHaveAttribute('href', '/help/');
});
