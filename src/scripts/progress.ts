// The course page's progress: the next step ("Start with lesson 1" in the HTML, "Continue with
// lesson N" once lessons are read), read / check done / practice saved beside each lesson, and marking a lesson
// read when a lesson's "Mark this lesson as read" link brings the reader here (?read=<lesson>).
// No framework and not the saving layer (the home page needs neither), so it writes the progress key
// itself with the kind's own checks (src/lib/progress-data.ts), by the saving layer's rules:
// unreadable data is copied to a backup key before anything replaces it (and left alone when it
// cannot be), and a write the browser refuses is said on the page. The workbook, export and import
// handle the same kind through src/stores/.
import { BACKUP_PREFIX, DATA_PREFIX } from '../lib/storage-keys';
import { PROGRESS_KEY, hasSavedEntry, lessonsRead, markLesson, nextLesson, openProgress, sealProgress } from '../lib/progress-data';
import { checksDone } from '../lib/checks-peek';
import { MAX_TIME, MIN_TIME } from '../lib/time-range';

/** The stored text; undefined when the browser does not let the site read storage at all. */
function stored(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

const $ = <T extends HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);
const items = [...document.querySelectorAll<HTMLElement>('[data-lesson]')];
const order = items.map((li) => li.dataset['lesson']!);
// Each lesson's check questions (ids): a check is done once all of them are answered.
const checkQuestions = new Map(items.map((li) => [li.dataset['lesson']!, li.dataset['checkQuestions']?.split(' ').filter(Boolean) ?? []]));
const titleOf = (index: number) => `lesson ${index + 1}, “${items[index]!.dataset['title']}”`;

function show(): void {
  const link = $<HTMLAnchorElement>('[data-next-step]');
  if (!link) return;
  const state = openProgress(stored(PROGRESS_KEY) ?? null);
  const read = state ? lessonsRead(state) : new Set<string>();
  const step = nextLesson(order, read);
  const checked = checksDone(stored(`${DATA_PREFIX}checks`), checkQuestions);
  if (step.kind === 'done') {
    link.href = '#practices';
    link.textContent = `You have read all ${items.length} lessons: keep going with the weekly practices`;
  } else {
    link.href = `/lessons/${order[step.index]}/`;
    link.textContent = `${step.kind === 'start' ? 'Start' : 'Continue'} with lesson ${step.index + 1}: ${items[step.index]!.dataset['title']}`;
  }
  for (const li of items) {
    const lesson = li.dataset['lesson']!;
    const status = $('[data-lesson-status]', li)!;
    const sheets = li.dataset['worksheets']?.split(' ').filter(Boolean) ?? [];
    const saved = sheets.some((id) => hasSavedEntry(stored(`${DATA_PREFIX}${id}`) ?? null, id));
    status.textContent =
      (read.has(lesson) ? '✓ Read' : 'Not read yet') +
      (checked.has(lesson) ? ' · ✓ check done' : ' · check not done') +
      (sheets.length ? (saved ? ' · ✓ practice saved' : ' · practice not started') : '');
    status.hidden = false;
    if (read.has(lesson)) {
      // A correction: marked by mistake, or to read it again.
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.className = 'quiet';
      // The visible words start the name (WCAG 2.5.3); which lesson is said to screen readers.
      const which = document.createElement('span');
      which.className = 'visually-hidden';
      which.textContent = `(${titleOf(order.indexOf(lesson))})`;
      undo.append('Mark as not read ', which);
      undo.addEventListener('click', () => {
        mark(lesson, false);
        show();
        // The button is gone: keep the reader's place, on the lesson's own link.
        $<HTMLAnchorElement>('a', li)!.focus();
      });
      status.append(' ', undo);
    }
  }
}

function say(message: string, problem: boolean): void {
  const note = $('[data-progress-note]')!;
  note.textContent = message;
  note.hidden = false;
  note.classList.toggle('is-problem', problem);
}

/** Marks a lesson read or not read; says what happened, including a write the browser refused. */
function mark(lesson: string, read: boolean): void {
  const index = order.indexOf(lesson);
  if (index === -1) return;
  const raw = stored(PROGRESS_KEY);
  if (raw === undefined) return say('This browser does not let the site save anything, so lessons cannot be marked as read here.', true);
  let state = openProgress(raw);
  let kept = '';
  if (!state) {
    // Unreadable (a newer version, or damaged): keep it aside first, as the saving layer does.
    try {
      localStorage.setItem(`${BACKUP_PREFIX}progress:${new Date().toISOString()}`, raw!);
    } catch {
      return say('Your earlier reading marks could not be read, and there is no room to keep a copy, so nothing was changed.', true);
    }
    state = openProgress(null)!;
    kept = ' Your earlier reading marks could not be read: a copy is kept in this browser, and goes with your workbook when you export it.';
  }
  // Held within years 0001–9999, as every stamp the site writes (src/lib/storage/clock.ts, not imported:
  // it is part of the worksheets' runtime, which the course page must not load).
  const now = new Date(Math.min(MAX_TIME, Math.max(MIN_TIME, Date.now())));
  try {
    localStorage.setItem(PROGRESS_KEY, sealProgress(markLesson(state, lesson, read, now.toISOString()), now));
  } catch {
    return say(
      `Not saved: this browser’s storage for the site is full or blocked, so ${titleOf(index)} is not marked as ${read ? '' : 'not '}read.${kept}`,
      true,
    );
  }
  say(`Marked ${titleOf(index)} as ${read ? '' : 'not '}read.${kept}`, kept !== '');
}

const asked = new URLSearchParams(location.search).get('read');
if (asked !== null) {
  mark(asked, true);
  // A reload must not mark it again (the reader may have marked it not read since).
  history.replaceState(null, '', location.pathname + location.hash);
}
show();
// Another tab marked a lesson or saved an entry, or the page came back from the back-forward cache.
addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith(DATA_PREFIX)) show();
});
addEventListener('pageshow', (event) => {
  if (event.persisted) show();
});
