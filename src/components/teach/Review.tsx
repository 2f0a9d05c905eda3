// The teacher's review page: open hand-in links (the one in this page's address, pasted ones, or
// downloaded files), read each student's work, see the class's grid ratings per area, keep the
// hand-ins in this browser and export them. Everything is decoded and checked on the device
// (src/lib/transfer/hand-in.ts); nothing is sent anywhere, and all text is shown as text.
import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { weekLabel } from '../../lib/dates';
import type { PracticeInfo } from '../../lib/practice-catalog';
import { liveEntries } from '../../lib/storage/entries';
import { codeFromText, decodeHandIn, MAX_FILE_CODE_LENGTH, MAX_CODE_LENGTH, type HandIn } from '../../lib/transfer/hand-in';
import type { CollectedHandIn } from '../../lib/transfer/hand-ins-data';
import { handIns } from '../../stores/hand-ins';
import { dateStamp, downloadText } from '../../exercises/shared/download';
import { formatWhen } from '../../exercises/shared/format-when';
import { $saveStatus } from '../../stores/persistence';
import { Notices } from '../../exercises/shared/Notices';
import type { ExerciseStore } from '../../stores/exercise-store';
import type { EntryMeta } from '../../lib/storage/entries';
import { EntryFields } from '../workbook/EntryFields';
import { exerciseById } from '../../exercises/catalog';
import { isRatings } from '../../exercises/efficacy-grid/exercise';

interface Received {
  key: string;
  handIn: HandIn;
}

const keyOf = (h: HandIn) => `${h.student}|${h.handedInAt}|${h.entries.length}|${h.reflections.length}`;

export default function Review({ practices }: { practices: PracticeInfo[] }) {
  const known = useMemo(() => new Set(practices.map((p) => p.id)), [practices]);
  const titleOf = (id: string) => practices.find((p) => p.id === id)?.title ?? id;
  const [received, setReceived] = useState<Received[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [pasted, setPasted] = useState('');
  const [hideNames, setHideNames] = useState(false);
  const kept = liveEntries(useStore(handIns.$state, { ssr: 'initial' })) as CollectedHandIn[];
  const status = useStore($saveStatus, { ssr: 'initial' });
  const notSaving = status.state === 'unsaved';

  /** Opens each code on its own: the good ones open, and each bad one is named with its problem. */
  const add = (codes: { code: string; from: string; file?: boolean }[]) => {
    const fresh: Received[] = [];
    const bad: string[] = [];
    for (const { code, from, file } of codes) {
      const decoded = decodeHandIn(code, known, file ? MAX_FILE_CODE_LENGTH : MAX_CODE_LENGTH);
      if (decoded.ok) fresh.push({ key: keyOf(decoded.handIn), handIn: decoded.handIn });
      else bad.push(`${from}: ${decoded.message}`);
    }
    setProblems(bad);
    setReceived((current) => [...current, ...fresh.filter((f) => !current.some((c) => c.key === f.key))]);
  };

  // A hand-in link opened directly: its code is in this page's fragment, which never left the browser.
  // Read on arrival and again whenever another hand-in link is opened in the same tab.
  const addLatest = useRef(add);
  addLatest.current = add;
  useEffect(() => {
    const read = () => {
      if (location.hash.includes('h=')) addLatest.current([{ code: codeFromText(location.hash), from: 'The link you opened' }]);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const openFiles = async (files: FileList | null) => {
    const codes: { code: string; from: string; file: boolean }[] = [];
    for (const file of Array.from(files ?? [])) {
      if (file.size > MAX_FILE_CODE_LENGTH + 1000) {
        codes.push({ code: 'x'.repeat(MAX_FILE_CODE_LENGTH + 1), from: file.name, file: true });
        continue;
      }
      let code: string;
      try {
        const parsed = JSON.parse(await file.text()) as { format?: unknown; code?: unknown };
        code = parsed.format === 'efficacy-lab-hand-in' && typeof parsed.code === 'string' ? parsed.code : '';
      } catch {
        code = '';
      }
      codes.push({ code, from: file.name, file: true });
    }
    add(codes);
  };

  const all: Received[] = [
    ...kept.map((k) => ({ key: keyOf(k.handIn), handIn: k.handIn })),
    ...received.filter((r) => !kept.some((k) => keyOf(k.handIn) === r.key)),
  ];
  const unsaved = received.filter((r) => !kept.some((k) => keyOf(k.handIn) === r.key));
  const name = (h: HandIn, i: number) => (hideNames || !h.student ? `Student ${i + 1}` : h.student);

  return (
    <div class="review">
      <div role="status" aria-live="polite" class="no-print">
        {notSaving && (
          <Notices status={status} store={handIns as unknown as ExerciseStore<EntryMeta, unknown>} recovery={undefined} backups={[]} />
        )}
      </div>
      <section aria-labelledby="open-heading" class="no-print">
        <h2 id="open-heading">Open hand-ins</h2>
        <div class="field">
          <label class="field__label" for="paste-links">
            Paste hand-in links
          </label>
          <p class="field__hint" id="paste-links-hint">
            One or more links, one per line, as students sent them.
          </p>
          <textarea
            id="paste-links"
            rows={3}
            aria-describedby="paste-links-hint"
            value={pasted}
            onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p>
            <button
              type="button"
              onClick={() => {
                add(
                  pasted
                    .split(/\s+/)
                    .filter(Boolean)
                    .slice(0, 200)
                    .map((line, i) => ({ code: codeFromText(line), from: `Link ${i + 1}` })),
                );
                setPasted('');
              }}
            >
              Open the links
            </button>
          </p>
        </div>
        <div class="field">
          <label class="field__label" for="handin-files">
            Or open hand-in files
          </label>
          <input
            type="file"
            id="handin-files"
            multiple
            accept=".json,application/json"
            onChange={(e) => void openFiles((e.currentTarget as HTMLInputElement).files)}
          />
        </div>
        <div role="status" aria-live="polite">
          {problems.length > 0 && (
            <div class="notice notice--warning" data-review-problems>
              <p>
                <strong>{problems.length === 1 ? 'One hand-in' : `${problems.length} hand-ins`} could not be opened:</strong>
              </p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>

      {all.length === 0 ? (
        <p data-review-empty>No hand-ins open yet. Open a student’s link, paste links above, or open hand-in files.</p>
      ) : (
        <>
          <section aria-labelledby="class-heading" class="no-print">
            <h2 id="class-heading">
              {all.length} hand-in{all.length === 1 ? '' : 's'}
            </h2>
            <p class="field--checkbox">
              <input
                type="checkbox"
                id="hide-names"
                checked={hideNames}
                onChange={(e) => setHideNames((e.currentTarget as HTMLInputElement).checked)}
              />
              <label for="hide-names">Hide students’ names (for showing the class view)</label>
            </p>
            <p class="button-row">
              {unsaved.length > 0 && (
                <button type="button" onClick={() => unsaved.forEach((r) => handIns.add({ handIn: r.handIn }))}>
                  Keep {unsaved.length === 1 ? 'this hand-in' : `these ${unsaved.length} hand-ins`} in this browser
                </button>
              )}{' '}
              {kept.length > 0 && (
                <button
                  type="button"
                  class="quiet"
                  onClick={() =>
                    downloadText(
                      `efficacy-lab-hand-ins-${dateStamp()}.json`,
                      `${JSON.stringify({ format: 'efficacy-lab-hand-ins', handIns: kept.map((k) => k.handIn) }, null, 2)}\n`,
                    )
                  }
                >
                  Export the kept hand-ins
                </button>
              )}
            </p>
            <ClassView all={all} name={name} />
          </section>
          {all.map(({ key, handIn }, i) => {
            const keptEntry = kept.find((k) => keyOf(k.handIn) === key);
            return (
              <article key={key} class="review__student" aria-labelledby={`student-${i}`} data-hand-in>
                <h2 id={`student-${i}`}>{name(handIn, i)}</h2>
                <p class="muted">
                  {handIn.assignment.className ? `${handIn.assignment.className}, ` : ''}
                  {weekLabel(handIn.assignment.week)}: {handIn.assignment.practices.map(titleOf).join('; ')}. Handed in{' '}
                  {formatWhen(handIn.handedInAt)}.
                  {keptEntry ? (notSaving ? ' Not kept: this browser is not saving.' : ' Kept in this browser.') : ''}
                </p>
                {handIn.entries.length === 0 && handIn.reflections.length === 0 && <p>Nothing was shared.</p>}
                {handIn.entries.map((entry, j) => (
                  <div class="entry" key={j}>
                    <p class="entry__when">{formatWhen(entry.createdAt)}</p>
                    <EntryFields fields={exerciseById(entry.exercise)?.fields ?? []} values={entry.fields} />
                  </div>
                ))}
                {handIn.reflections.length > 0 && (
                  <dl class="entry__fields">
                    {handIn.reflections.map((r) => (
                      <>
                        <dt>Reflection on “{titleOf(r.practice)}”</dt>
                        <dd>{r.text}</dd>
                      </>
                    ))}
                  </dl>
                )}
                {keptEntry && (
                  <p class="no-print">
                    <button type="button" class="quiet" onClick={() => handIns.remove(keptEntry.id)}>
                      Remove from this browser
                    </button>
                  </p>
                )}
              </article>
            );
          })}
        </>
      )}
    </div>
  );
}

/** The class's grid ratings, area by area: how many rated it, the average and the range. */
function ClassView({ all, name }: { all: Received[]; name: (h: HandIn, i: number) => string }) {
  const areas = new Map<string, { domain: string; ratings: { who: string; rating: number }[] }>();
  all.forEach(({ handIn }, i) => {
    for (const entry of handIn.entries) {
      const ratings = entry.fields['ratings'];
      if (entry.exercise !== 'efficacy-grid' || !isRatings(ratings)) continue;
      for (const r of ratings) {
        const key = r.domain.trim().toLocaleLowerCase();
        const area = areas.get(key) ?? { domain: r.domain.trim(), ratings: [] };
        area.ratings.push({ who: name(handIn, i), rating: r.rating });
        areas.set(key, area);
      }
    }
  });
  if (areas.size === 0) return null;
  const rows = [...areas.values()].sort((a, b) => b.ratings.length - a.ratings.length || a.domain.localeCompare(b.domain));
  return (
    <div class="class-view" data-class-view>
      <h3>The class’s efficacy grids</h3>
      <table>
        <caption class="visually-hidden">Ratings per area across the hand-ins</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Rated by</th>
            <th scope="col">Average</th>
            <th scope="col">Lowest to highest</th>
            <th scope="col">Ratings</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((area) => {
            const values = area.ratings.map((r) => r.rating);
            const mean = values.reduce((a, b) => a + b, 0) / values.length;
            return (
              <tr key={area.domain}>
                <th scope="row">{area.domain}</th>
                <td>{values.length}</td>
                <td>{mean.toFixed(1)}</td>
                <td>
                  {Math.min(...values)} to {Math.max(...values)}
                </td>
                <td>{area.ratings.map((r) => `${r.who}: ${r.rating}`).join('; ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
