// What a lesson page shows of the reader's progress: whether it is marked read. Its own small module,
// apart from progress-data.ts (the course page's code), because it ships in the script every page
// loads; a unit test checks it against progress-data's key, kind, version and checks.
import { DATA_PREFIX } from './storage-keys';

/**
 * Whether the stored progress marks `lesson` read: a loose look (a lesson page only reads; the
 * course page reads and writes by the full checks). Anything unreadable, written by a newer version,
 * or not there (storage blocked too) reads as not marked.
 */
export function isMarkedRead(lesson: string): boolean {
  try {
    const p = JSON.parse(localStorage.getItem(`${DATA_PREFIX}progress`)!);
    return (
      p.app === 'efficacy-lab' &&
      p.exercise === 'progress' &&
      p.version === 1 &&
      p.data.entries.some((e: { id: unknown; deletedAt?: unknown }) => e.id === lesson && !e.deletedAt)
    );
  } catch {
    return false;
  }
}
