// Keeps what a reader typed into a worksheet before it hydrated (the rule: src/lib/early-typing.ts).
// Hydration sets a text area back to the server's blank value, and the render after it, which shows
// the draft saved in this browser, sets every field to that draft. So the early words are noted in
// the first render, before hydration touches the page; the code that puts them back loads only when
// there are some (./EarlyTyping.lazy.ts).
import { useEffect, useRef } from 'preact/hooks';
import { useLazy } from './use-exercise';

/** A field of an island not yet hydrated, and what the reader typed into it. */
export type EarlyTyping = [HTMLInputElement | HTMLTextAreaElement, string][];

export function useKeepEarlyTyping(): void {
  const early = useRef<EarlyTyping>();
  // Islands not yet hydrated still carry `ssr`; their fields hold only what the reader typed.
  early.current ??=
    typeof document == 'object'
      ? [...document.querySelectorAll<HTMLInputElement>('astro-island[ssr] :is(textarea,input[type=text])')]
          .filter((field) => field.value !== field.defaultValue)
          .map((field) => [field, field.value])
      : [];
  const keeper = useLazy(early.current.length > 0, () => import('./EarlyTyping.lazy'));
  useEffect(() => keeper?.putBack(early.current!), [keeper]);
}
