// The saved entries of an exercise, newest first, each with its date. Edit changes the entry in place
// (every keystroke is saved, so an edit is never lost); delete asks once, then offers an undo.
// Loaded by SavedEntries once there is something saved.
//
// Typing in the worksheet re-renders the island on every keystroke, so the rows are memoised: they
// render again only when the entries, this list's own state or a prop changes (a lazy part arriving
// changes `renderEntry`, so it shows). Callers pass stable props (module functions, store methods,
// useCallback). Long lists show the newest PAGE entries and a "Show more" button, so the page never
// holds thousands of entries at once.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIST_PAGE as PAGE, type EntryMeta } from '../../lib/storage/entries';
import { formatMoment } from '../../lib/date-format';
import { anyRisk } from '../../lib/care/risk';
import { EntryCareLine, entrySignalsRisk } from './CarePanel.lazy';

// The list loads lazily, so it takes the risk check along (src/lib/care/risk.ts).
const RISK = { anyRisk };

export interface EntryListProps<E extends EntryMeta> {
  /** Id prefix for the list's elements. */
  id: string;
  title: string;
  entries: E[];
  /** What an entry shows when read (undefined while the part that shows it loads). Keep it stable. */
  renderEntry: ((entry: E) => ComponentChildren) | undefined;
  /** The fields to edit an entry with; changes are saved as they are typed. Keep it stable. */
  renderEditor: ((entry: E, idPrefix: string) => ComponentChildren) | undefined;
  /**
   * The entry's heading line, which also names it (aria-labelledby); when it was saved if not given.
   * The win ledger leads with the day of the win. Keep it stable.
   */
  renderWhen?: ((entry: E) => ComponentChildren) | undefined;
  /** What to call one entry in button labels ("pair", "rewrite", "round"). */
  noun: string;
  onDelete: (id: string) => E | undefined;
  onUndo: (entry: E) => void;
  empty: ComponentChildren;
}

/** Enough pages to show the entry at `index` (one page for none: -1). */
const pagesFor = (index: number) => (Math.floor(Math.max(index, 0) / PAGE) + 1) * PAGE;

export function EntryList<E extends EntryMeta>(props: EntryListProps<E>) {
  const { id, entries, renderEntry, renderEditor, renderWhen, noun, onDelete, onUndo, empty } = props;
  // The workbook links to /practice/<id>/?entry=<entry id>: that entry opens ready to edit.
  const [editing, setEditing] = useState<string | undefined>(() => {
    const wanted = new URLSearchParams(location.search).get('entry');
    return entries.some((e) => e.id === wanted) ? (wanted as string) : undefined;
  });
  // The link names an entry that is not here (deleted since, or saved in another browser): say so.
  const [missing] = useState(() => new URLSearchParams(location.search).has('entry') && editing === undefined);
  // Shown from the newest; an entry opened from the workbook is always among them.
  const [shown, setShown] = useState(() => pagesFor(entries.findIndex((e) => e.id === editing)));
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [deleted, setDeleted] = useState<E | undefined>(undefined);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<string | undefined>(editing ? `${id}-${editing}-edit-first` : undefined);

  // A layout effect: focus moves in the same frame as the change, not after the next paint.
  useLayoutEffect(() => {
    // Move focus where the person's next step is: into the editor, back to the entry, or to Undo.
    const target = focusAfter.current;
    focusAfter.current = undefined;
    if (!target) return;
    if (target === 'undo') undoRef.current?.focus();
    else document.getElementById(target)?.focus();
  });

  const remove = (entry: E) => {
    const removed = onDelete(entry.id);
    setConfirming(undefined);
    setEditing(undefined);
    setDeleted(removed);
    focusAfter.current = 'undo';
  };

  const rows = useMemo(
    () =>
      entries.length === 0 ? (
        <p class="entries__empty">{empty}</p>
      ) : (
        <>
          <ol class="entries__list">
            {entries.slice(0, shown).map((entry) => {
              const itemId = `${id}-${entry.id}`;
              const isEditing = editing === entry.id;
              return (
                <li key={entry.id} class="entry" id={itemId} tabIndex={-1} aria-labelledby={`${itemId}-when`}>
                  <p class="entry__when" id={`${itemId}-when`}>
                    {renderWhen ? renderWhen(entry) : <time dateTime={entry.createdAt}>{formatMoment(entry.createdAt)}</time>}
                    {entry.updatedAt !== entry.createdAt && <span class="muted"> (edited)</span>}
                  </p>
                  {isEditing ? (
                    <div class="entry__editor">
                      {renderEditor?.(entry, `${itemId}-edit`)}
                      <button
                        type="button"
                        onClick={() => {
                          setEditing(undefined);
                          focusAfter.current = `${itemId}-edit-button`;
                        }}
                      >
                        Done editing
                      </button>
                      <span class="field__hint"> Changes are saved as you type.</span>
                    </div>
                  ) : (
                    <div class="entry__body">{renderEntry?.(entry)}</div>
                  )}
                  {/* Kept like any entry, with help beside it: a win such as "didn't hurt myself today" is still a win. */}
                  {entrySignalsRisk(RISK, entry) && <EntryCareLine />}
                  {!isEditing && (
                    <div class="entry__actions">
                      {confirming === entry.id ? (
                        <div class="confirm" role="group" aria-labelledby={`${itemId}-confirm`}>
                          <span id={`${itemId}-confirm`}>Delete this {noun}?</span>{' '}
                          <button type="button" class="danger" id={`${itemId}-confirm-yes`} onClick={() => remove(entry)}>
                            Yes, delete
                          </button>{' '}
                          <button
                            type="button"
                            class="quiet"
                            onClick={() => {
                              setConfirming(undefined);
                              focusAfter.current = `${itemId}-delete-button`;
                            }}
                          >
                            Cancel
                          </button>
                        </div>
                      ) : (
                        <>
                          <button
                            type="button"
                            class="quiet"
                            id={`${itemId}-edit-button`}
                            onClick={() => {
                              setEditing(entry.id);
                              focusAfter.current = `${itemId}-edit-first`;
                            }}
                          >
                            Edit
                          </button>{' '}
                          <button
                            type="button"
                            class="quiet danger"
                            id={`${itemId}-delete-button`}
                            onClick={() => {
                              setConfirming(entry.id);
                              focusAfter.current = `${itemId}-confirm-yes`;
                            }}
                          >
                            Delete
                          </button>
                        </>
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {entries.length > PAGE && (
            <p class="entries__more">
              <span role="status" aria-live="polite" data-entries-shown>
                Showing {Math.min(shown, entries.length)} of {entries.length} {noun}s, newest first.
              </span>{' '}
              {shown < entries.length && (
                <button
                  type="button"
                  class="quiet"
                  onClick={() => {
                    // Focus goes to the first entry added, so keyboard and screen reader users go on from there.
                    focusAfter.current = `${id}-${entries[shown]!.id}`;
                    setShown(shown + PAGE);
                  }}
                >
                  {/* The noun tells apart two lists' buttons on a lesson page with two worksheets. */}
                  Show {Math.min(PAGE, entries.length - shown)} more {entries.length - shown === 1 ? noun : `${noun}s`}
                </button>
              )}
            </p>
          )}
        </>
      ),
    // Everything the rows show or do; onDelete is used through `remove`.
    [entries, shown, editing, confirming, empty, id, noun, renderEntry, renderEditor, renderWhen, onDelete], // eslint-disable-line react-hooks/exhaustive-deps
  );

  return (
    <>
      <div class="entries__status" role="status" aria-live="polite">
        {missing && (
          <p class="notice notice--quiet" data-entry-missing>
            The {noun} your link opens is not in this list: it was deleted, or it is saved in another browser.
          </p>
        )}
        {deleted && (
          <p class="notice notice--quiet">
            {`${capitalise(noun)} from ${formatMoment(deleted.createdAt)} deleted.`}{' '}
            <button
              type="button"
              class="quiet"
              ref={undoRef}
              onClick={() => {
                onUndo(deleted);
                // Back where it was: one page further if it sat just past the shown ones.
                setShown((n) => Math.max(n, pagesFor(entries.filter((e) => e.createdAt > deleted.createdAt).length)));
                focusAfter.current = `${id}-${deleted.id}`;
                setDeleted(undefined);
              }}
            >
              Undo
            </button>
          </p>
        )}
      </div>
      {rows}
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
