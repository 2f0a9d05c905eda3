// What the review page says about where a hand-in came from (issue 23): its device mark, a date in
// the future, a look-alike name, its other versions, and work outside its assignment; and, once, in
// plain words, what these marks can and cannot prove. Words only: the checks are in
// src/lib/hand-in-trust.ts and src/lib/class-view.ts.
import type { Trust } from '../../lib/hand-in-trust';
import type { OffAssignment } from '../../lib/class-view';
import { formatMoment } from '../../lib/date-format';

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

/** The marks above one hand-in. */
export function HandInMarks({
  trust,
  checking,
  future,
  handedInAt,
  versions,
}: {
  trust: Trust | undefined;
  /** The check is still loading. */
  checking: boolean;
  future: boolean;
  handedInAt: string;
  versions: { count: number; counted: boolean; onChoose: () => void } | undefined;
}) {
  return (
    <ul class="hand-in-marks" data-hand-in-marks>
      {checking ? <li>Checking which device this hand-in came from…</li> : <DeviceMark trust={trust} />}
      {trust && trust.lookAlikes.length > 0 && (
        <li class="hand-in-marks__warn" data-mark="look-alike">
          <strong>This name looks like {quoted(trust.lookAlikes)} in the same class.</strong>
          {trust.unusual.length > 0 && ` It has characters that are not plain Latin letters: ${trust.unusual.join(', ')}.`} Check that they
          are different students: a name that only looks the same can hide someone handing in as another.
        </li>
      )}
      {future && (
        <li class="hand-in-marks__warn" data-mark="future">
          <strong>Dated in the future ({formatMoment(handedInAt)}).</strong> The student’s clock was wrong, or the date was changed. It
          never counts ahead of a hand-in that is not.
        </li>
      )}
      {versions && (
        <li data-mark="versions">
          {versions.count} versions from this student:{' '}
          {versions.counted ? 'this one counts in the class view.' : 'another one counts in the class view.'}
          {!versions.counted && (
            <>
              {' '}
              <button type="button" class="quiet" onClick={versions.onChoose} data-choose-version>
                Count this version instead
              </button>
            </>
          )}
        </li>
      )}
    </ul>
  );
}

function DeviceMark({ trust }: { trust: Trust | undefined }) {
  if (!trust) return <li data-mark="unchecked">This hand-in’s signature could not be checked: part of this page did not load.</li>;
  switch (trust.mark) {
    case 'first':
      return (
        <li data-mark="first">
          Signed on a device with the key <code>{trust.fingerprint}</code>: the first key seen for this name in this class.
        </li>
      );
    case 'same':
      return (
        <li data-mark="same">
          Signed on the same device as this name’s first hand-in in this class (key <code>{trust.fingerprint}</code>).
        </li>
      );
    case 'other':
      return (
        <li class="hand-in-marks__warn" data-mark="other">
          <strong>Not from the same device as before.</strong> Signed with the key <code>{trust.fingerprint}</code>, and this name’s first
          hand-in in this class was signed with <code>{trust.firstFingerprint}</code>. It may be the student on another device or browser,
          or someone else using their name: ask the student.
        </li>
      );
    case 'altered':
      return (
        <li class="hand-in-marks__warn" data-mark="altered">
          <strong>Its signature does not match what it holds:</strong> it was changed after it was made. Do not rely on it; ask the student
          to hand in again.
        </li>
      );
    default:
      return (
        <li class={trust.firstFingerprint ? 'hand-in-marks__warn' : undefined} data-mark="unsigned">
          <strong>Unsigned.</strong> Made before hand-ins were signed, or in a browser that could not sign: nothing shows which device it
          came from.
          {trust.firstFingerprint && (
            <>
              {' '}
              Earlier hand-ins in this name were signed (key <code>{trust.firstFingerprint}</code>): ask the student.
            </>
          )}
        </li>
      );
  }
}

/** Beside an entry or a reflection from outside the assignment's week or practices. */
export function OffAssignmentTag({ off }: { off: OffAssignment }) {
  if (!off) return null;
  return (
    <>
      {' '}
      <span class="tag tag--off" data-off={off}>
        {off === 'early'
          ? 'Done in the days before the week'
          : off === 'other-week'
            ? 'From another week'
            : 'Not a practice of this assignment'}
      </span>
    </>
  );
}

/** Students with more than one hand-in, said at the top: which version counts, and a link to compare. */
export function VersionsNotice({
  students,
}: {
  students: { name: string; count: number; counted: string; chosen: boolean; target: string }[];
}) {
  return (
    <div class="notice notice--quiet" data-review-versions>
      <p>
        <strong>Handed in more than once.</strong> Every version is kept; the class view counts one. Read them and choose.
      </p>
      <ul>
        {students.map((s) => (
          <li key={s.target}>
            {s.name}: {s.count} versions. The class view counts the one handed in {formatMoment(s.counted)}
            {s.chosen ? ' (your choice)' : ''}. <a href={`#${s.target}`}>Compare them</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the device marks can and cannot prove, in plain words (docs/hand-ins.md says the same). */
export function TrustExplainer() {
  return (
    <details class="trust-explainer" data-trust-explainer>
      <summary>What the device marks can and cannot prove</summary>
      <p>
        Each student’s browser makes a signing key of its own on its first hand-in, and signs every hand-in with it. The key stays in that
        browser: not even this site can read it out. This page remembers the first key it sees for a name in a class (from the hand-ins you
        keep, in the order you kept them) and marks a later hand-in in that name signed with another key: “not from the same device as
        before”.
      </p>
      <p>
        <strong>A signature shows</strong> that the hand-in was not changed after it was made, and that hand-ins with the same key came from
        the same browser.
      </p>
      <p>
        <strong>It cannot show</strong> who the student is. Whoever hands in first under a name sets the key that name is checked against. A
        student who uses another device or browser, or who cleared the browser’s data, gets a new key, so their next hand-in is marked too.
        Anyone using the student’s own browser signs with the student’s key. An unsigned hand-in (made before hand-ins were signed, or in a
        browser that cannot sign) shows nothing about its device, and every date comes from the student’s own clock. No server or account is
        involved: when a mark surprises you, ask the student.
      </p>
    </details>
  );
}
