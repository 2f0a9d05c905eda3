// Hand-ins opened this visit: from this page's own link, pasted links or files. Each is decoded and
// checked on the device (src/lib/transfer/hand-in.ts); each one that cannot be opened is named.
import { useEffect, useRef, useState } from 'preact/hooks';
import { codeFromText, MAX_CODE_LENGTH, type HandIn } from '../../../lib/transfer/hand-in';
import { withNew } from '../../../lib/review-page';
import { loadReviewData } from './useReviewData';

export interface OpenHandIns {
  /** Hand-ins opened this visit, in the order they were opened. */
  received: HandIn[];
  /** What could not be opened, one line each, from the last attempt. */
  problems: string[];
  /** Opens each code on its own: the good ones open, and each bad one is named with its problem. */
  openCodes: (codes: { code: string; from: string }[], extra?: string[]) => Promise<void>;
  /** Opens hand-ins read elsewhere (files): the new ones join the page, each problem is named. */
  addOpened: (fresh: HandIn[], bad: string[], summary?: string) => void;
  /** What the last files, folder or zip gave: "30 hand-ins opened, 2 other files skipped." ('' after links). */
  summary: string;
}

const UNPACKING_FAILED = 'Part of this page did not load, so no hand-in was opened. Check your connection and try again.';

export function useOpenHandIns(known: ReadonlySet<string>): OpenHandIns {
  const [received, setReceived] = useState<HandIn[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const addOpened = (fresh: HandIn[], bad: string[], said = '') => {
    setProblems(bad);
    setSummary(said);
    setReceived((current) => withNew(current, fresh));
  };
  const openCodes = async (codes: { code: string; from: string }[], extra: string[] = []) => {
    const fresh: HandIn[] = [];
    const bad: string[] = [];
    // The unpacking (fflate) and the worksheets' catalog load with the first hand-in opened, not with the page.
    const loaded = await Promise.all([import('../../../lib/transfer/hand-in-code'), loadReviewData()]).catch(() => undefined);
    if (!loaded) {
      addOpened([], [UNPACKING_FAILED, ...extra]);
      return;
    }
    const [{ decodeHandIn }, { exerciseById }] = loaded;
    for (const { code, from } of codes) {
      const decoded = decodeHandIn(exerciseById, code, known, MAX_CODE_LENGTH);
      if (decoded.ok) fresh.push(decoded.handIn);
      else bad.push(`${from}: ${decoded.message}`);
    }
    addOpened(fresh, [...bad, ...extra]);
  };

  // A hand-in link opened directly: its code is in this page's fragment, which never left the browser.
  // Read on arrival and again whenever another hand-in link is opened in the same tab.
  const openLatest = useRef(openCodes);
  openLatest.current = openCodes;
  useEffect(() => {
    const read = () => {
      if (location.hash.includes('h=')) void openLatest.current([{ code: codeFromText(location.hash), from: 'The link you opened' }]);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  return { received, problems, openCodes, addOpened, summary };
}
