// Copies kept so nothing typed is lost: the version that lost when two tabs changed the same entry
// or draft field at once, and entries there was no room to save (a worksheet at its limit). Each can
// be put back as an entry of its own, or its text copied, and then deleted for good.
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { isRecord } from '../../lib/storage/shape';
import { DATA_KINDS } from '../../exercises/data-kinds';
import { exerciseById } from '../../exercises/catalog';
import { CONFLICT_PREFIX, storage } from '../../stores/persistence';
import { storeOf as exerciseStoreOf } from '../../exercises/stores';
import { assignments } from '../../stores/assignments';
import { handIns } from '../../stores/hand-ins';
import { builtAssignments } from '../../stores/built-assignments';
import { classLists } from '../../stores/class-lists';
import { groupLinks } from '../../stores/group-links';
import { teacherComments } from '../../stores/teacher-comments';
import type { ExerciseStore } from '../../stores/exercise-store';
import type { EntryMeta } from '../../lib/storage/entries';
import { formatMoment } from '../../lib/date-format';
import { $storageInfo } from '../../stores/storage-info';
import { EntryFields } from './EntryFields';
import { refuseWhenFramed } from '../../lib/framing';
import { putBack } from '../../stores/kept-copies';

type AnyStore = ExerciseStore<EntryMeta, unknown>;

interface Copy {
  key: string;
  kind: string;
  reason: string;
  at: string;
  field: string | undefined;
  value: unknown;
}

// Any kind's store, to put a copy back into (what the copy holds came from that kind's own data).
const SITE_STORES: Readonly<Record<string, AnyStore>> = {
  assignments,
  'hand-ins': handIns,
  'built-assignments': builtAssignments,
  'class-lists': classLists,
  'group-links': groupLinks,
  'teacher-comments': teacherComments,
};
const storeOf = (kind: string): AnyStore | undefined =>
  exerciseStoreOf(kind) ?? (Object.hasOwn(SITE_STORES, kind) ? SITE_STORES[kind] : undefined);

/** A stored copy as shown; one that is not ours is shown as its raw text. One storage refused is held in memory, and shown too. */
function readCopy(key: string): Copy {
  const raw = storage.read(key) ?? '';
  const kind = key.slice(CONFLICT_PREFIX.length).split(':')[0] ?? '';
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isRecord(parsed) && parsed['app'] === 'efficacy-lab' && 'value' in parsed) {
      return {
        key,
        kind,
        reason: String(parsed['reason']),
        at: typeof parsed['at'] === 'string' ? parsed['at'] : '',
        field: typeof parsed['field'] === 'string' ? parsed['field'] : undefined,
        value: parsed['value'],
      };
    }
  } catch {
    // shown as it is, below
  }
  return { key, kind, reason: '', at: '', field: undefined, value: raw };
}

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 1));

export function ConflictCopies() {
  const [keys, setKeys] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const refresh = () => setKeys(storage.keys(CONFLICT_PREFIX));
  // Listed again whenever what is stored changes (an import, another tab's merge), not only on load.
  const stored = useStore($storageInfo);
  useEffect(refresh, [stored]);
  if (keys.length === 0 && !message) return null;

  const restore = (copy: Copy) => {
    const store = storeOf(copy.kind);
    if (!store || !isRecord(copy.value)) return;
    if (store.$atLimit.get()) {
      setMessage(
        'There is no room for it yet: that worksheet is full. Export your workbook, delete entries you no longer need, then try again.',
      );
      return;
    }
    // Checked as any stored entry is: a copy that is not a valid entry (a crafted file) is refused.
    if (!putBack(store, copy.value)) {
      setMessage(
        'This copy cannot be put back as an entry: it does not hold what an entry of that worksheet holds. Copy what you need from it, then delete it.',
      );
      return;
    }
    storage.flush();
    storage.removeNow(copy.key);
    setMessage('Put back as an entry of its own. It is listed above.');
    refresh();
  };
  const discard = (copy: Copy) => {
    if (refuseWhenFramed()) return;
    storage.removeNow(copy.key);
    setMessage('Deleted.');
    refresh();
  };

  return (
    <section aria-labelledby="conflicts-heading" class="workbook__conflicts" data-conflict-copies>
      <h2 id="conflicts-heading">Kept copies to look at</h2>
      <p>
        These were kept so that nothing you typed is lost: a version that lost when two tabs changed the same thing at once, a draft an
        import replaced, or an entry there was no room to save. Put each back, or copy what you need, then delete the copy.
      </p>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <ul class="workbook__entries">
        {keys.map(readCopy).map((copy) => {
          const label = DATA_KINDS.isDataKind(copy.kind) ? DATA_KINDS.dataKind(copy.kind).label : copy.kind;
          const isEntry = copy.field === undefined && isRecord(copy.value) && 'createdAt' in copy.value;
          const fields = exerciseById(copy.kind)?.fields;
          // The field as the worksheet names it, not its key.
          const field = copy.field && (fields?.find((f) => f.key === copy.field)?.label ?? copy.field);
          return (
            <li key={copy.key} class="entry" data-conflict-copy>
              <p class="entry__when">
                {label}:{' '}
                {copy.reason === 'limit'
                  ? 'not saved, the worksheet was full'
                  : copy.reason === 'import'
                    ? 'replaced by an imported version dated in the future'
                    : copy.reason === 'import-draft'
                      ? `your unsaved draft${field ? `’s “${field}”` : ''}, replaced by a newer draft from an imported file`
                      : field
                        ? `the draft’s “${field}”, changed in two tabs`
                        : 'changed in two tabs'}
                {copy.at ? `, ${formatMoment(copy.at)}` : ''}
              </p>
              {isEntry && fields ? (
                <EntryFields fields={fields} values={copy.value as Record<string, unknown>} />
              ) : (
                <pre class="entry__raw">{asText(copy.value)}</pre>
              )}
              <p class="button-row no-print">
                {isEntry && storeOf(copy.kind) && (
                  <button type="button" onClick={() => restore(copy)}>
                    Put back as an entry
                  </button>
                )}{' '}
                <button type="button" class="quiet danger" onClick={() => discard(copy)}>
                  Delete this copy
                </button>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
