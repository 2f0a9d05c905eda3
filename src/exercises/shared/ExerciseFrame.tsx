// The frame every exercise shares: heading, save indicator, the notices about storage and about
// kept-aside data, and the exercise itself.
import type { ComponentChildren } from 'preact';
import type { SaveStatus } from '../../lib/storage/guarded-storage';
import type { ReadableExerciseStore, Recovery } from '../../stores/exercise-store';
import type { NoticesProps } from './Notices';
import { useStore } from '@nanostores/preact';
import { saveLabel } from '../../lib/save-label';
import { $lazyParts, retryLazyParts, useLazy } from './use-exercise';
import { useKeepEarlyTyping } from './keep-early-typing';

/** What every exercise island takes: the heading level of its title, to place its own headings. */
export interface ExerciseProps {
  level?: 2 | 3;
}

interface FrameProps {
  /** Any exercise's store, as it is: the frame only reads it (and dismisses its notices). */
  store: ReadableExerciseStore;
  status: SaveStatus;
  recovery: Recovery | undefined;
  backups: string[];
  children: ComponentChildren;
}

/**
 * What every exercise island shares: the save indicator and the notices about storage; the heading
 * and introduction are static HTML around the island (Exercise.astro).
 */
export function ExerciseFrame({ store, status, recovery, backups, children }: FrameProps) {
  // Opened from an assignment: a link back to it, whose code loads only then.
  const back = useLazy(typeof location == 'object' && location.hash.startsWith('#from='), () => import('./BackLink.lazy'));
  useKeepEarlyTyping();
  return (
    <>
      {back && <back.BackLink />}
      <SaveIndicator status={status} />
      <LazyNotices status={status} store={store} recovery={recovery} backups={backups} />
      <LazyPartsFailed />
      {children}
    </>
  );
}

/** A quiet "Saved" / "Draft saved" / "Saving…" / "Not saved" at the top of the exercise. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  // A save refused at the limit failed too, whatever storage says about the draft.
  const state = status.atLimit === 'refused' ? 'unsaved' : status.state;
  const [symbol, label] = saveLabel(state, status.listEmpty === true);
  return (
    <p class={`save-indicator save-indicator--${state}`} data-save-indicator={state}>
      {symbol && <span aria-hidden="true">{symbol} </span>}
      {label}
    </p>
  );
}

/**
 * The notices about storage trouble and kept-aside data. Most visits never need them, so their code
 * loads only when there is something to say; the live region is there from the start, so screen
 * readers announce a notice when it arrives.
 */
function LazyNotices(props: NoticesProps) {
  const { state, atLimit, removedElsewhere } = props.status;
  const needed = state === 'unsaved' || !!atLimit || !!removedElsewhere || props.recovery !== undefined || props.backups.length > 0;
  const Notices = useLazy(needed, () => import('./Notices'))?.Notices;
  return (
    <div role="status" aria-live="polite">
      {needed && Notices && <Notices {...props} />}
    </div>
  );
}

/** Said when a part that loads on demand could not be fetched, with a way to try again. */
function LazyPartsFailed() {
  const { failed } = useStore($lazyParts);
  if (!failed) return null;
  return (
    <p class="notice notice--warning" role="alert" data-lazy-failed>
      Part of this worksheet did not load. What you write is still saved.{' '}
      <button type="button" class="quiet" onClick={retryLazyParts}>
        Try again
      </button>
    </p>
  );
}
