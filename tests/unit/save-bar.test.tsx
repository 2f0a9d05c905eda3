// The row under every worksheet's form (src/exercises/shared/SaveBar.tsx): what its words say in each
// state of saving, rendered as the server and the island render it. The e2e specs play the states
// through real storage; this holds every branch in one place, quickly.
import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { NOT_SAVED, SaveBar, type Said } from '../../src/exercises/shared/SaveBar';
import type { SaveStatus } from '../../src/lib/storage/guarded-storage';

const SAVED: SaveStatus = { state: 'saved' };
/** The words in the live region, tags and all. */
const words = (said: Said, status: SaveStatus, extra: { plain?: boolean } = {}) =>
  render(<SaveBar save="Save this audit" said={said} status={status} {...extra} />).match(
    /<span class="exercise__saved" role="status" aria-live="polite">(.*)<\/span><\/div>$/,
  )?.[1];

describe('the save bar', () => {
  it('is a submit button named for what it saves, then the words in a polite live region', () => {
    expect(render(<SaveBar save="Save this audit" said="" status={SAVED} />)).toBe(
      '<div class="exercise__actions"><button type="submit">Save this audit</button>' +
        '<span class="exercise__saved" role="status" aria-live="polite"></span></div>',
    );
  });

  it('says what the worksheet said after a save', () => {
    expect(words('Saved. It is in your list below.', SAVED)).toBe('Saved. It is in your list below.');
  });

  it('says "Not saved" while a refusal at the limit stands, and nothing once it is over', () => {
    expect(words(NOT_SAVED, { ...SAVED, atLimit: 'refused' })).toBe(
      '<span class="exercise__not-saved">Not saved: see the notice above.</span>',
    );
    expect(words(NOT_SAVED, { ...SAVED, atLimit: 'full' })).toBe('');
    expect(words(NOT_SAVED, SAVED)).toBe('');
  });

  it('says the entry is only on this page once storage fails', () => {
    expect(words('Saved.', { state: 'unsaved', problem: 'full' })).toBe(
      '<span class="exercise__not-saved">In your list below, but not saved in this browser: see the notice above.</span>',
    );
    expect(words('', { state: 'unsaved', problem: 'full' })).toBe('');
  });

  it('says nothing above an empty list (the entry was deleted since)', () => {
    expect(words('Saved. It is in your list below.', { ...SAVED, listEmpty: true })).toBe('');
  });

  it('shows words about something other than a save as they are', () => {
    expect(words('Cleared.', { state: 'unsaved', listEmpty: true }, { plain: true })).toBe('Cleared.');
  });

  it('takes focus when given an id (the sorters, whose form goes away after a save), and has other buttons beside the save button', () => {
    const html = render(
      <SaveBar said="" status={SAVED} id="sorter-note">
        <button type="button">Start again</button>
      </SaveBar>,
    );
    expect(html).toBe(
      '<div class="exercise__actions"><button type="button">Start again</button>' +
        '<span class="exercise__saved" id="sorter-note" tabindex="-1" role="status" aria-live="polite"></span></div>',
    );
  });
});

describe('the saved list', () => {
  it('is named by its store and sits one heading level below its worksheet', async () => {
    const { SavedEntries } = await import('../../src/exercises/shared/SavedEntries');
    const { attributionAudit } = await import('../../src/exercises/attribution-audit/store');
    const list = (level: 2 | 3) =>
      render(
        <SavedEntries
          store={attributionAudit}
          level={level}
          entries={[]}
          title="Your saved audits"
          noun="audit"
          empty="Nothing saved yet."
          renderEntry={undefined}
          renderEditor={undefined}
        />,
      );
    expect(list(3)).toBe(
      '<div class="entries" id="attribution-audit-entries"><h4 class="entries__title">Your saved audits</h4>' +
        '<p class="entries__empty">Nothing saved yet.</p></div>',
    );
    expect(list(2)).toContain('<h3 class="entries__title">Your saved audits</h3>');
  });
});
