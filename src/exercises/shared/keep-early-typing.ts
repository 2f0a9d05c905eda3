// Keeps what a reader typed into a worksheet before it hydrated (the rule: src/lib/early-typing.ts).
// Hydration sets a text area back to the server's blank value, and the render after it, which shows
// the draft saved in this browser, sets every field to that draft. So the early words are noted in
// the first render, before hydration touches the page, and once the saved draft is on screen they
// are put back beside it and passed to the worksheet as ordinary input, which saves them in the draft.
import { useEffect, useLayoutEffect, useRef, type MutableRef } from 'preact/hooks';
import { keepEarlyTyping } from '../../lib/early-typing';

type TextField = HTMLInputElement | HTMLTextAreaElement;
const TEXT_FIELDS = ['textarea', 'input:not([type])', 'input[type=text]', 'input[type=search]'].map((f) => `astro-island[ssr] ${f}`).join();

function putBack(field: TextField, typed: string) {
  const value = keepEarlyTyping(field.value, typed, field.tagName === 'TEXTAREA');
  if (value === undefined) return;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** `inside`: any element of the island, rendered on the first pass. */
export function useKeepEarlyTyping(inside: MutableRef<Element | null>): void {
  const early = useRef<Map<TextField, string>>();
  // Islands not yet hydrated still carry `ssr`: their fields hold only what the reader typed.
  early.current ??= new Map(
    typeof document == 'object'
      ? [...document.querySelectorAll<TextField>(TEXT_FIELDS)].filter((f) => f.value !== f.defaultValue).map((f) => [f, f.value])
      : [],
  );
  const renders = useRef(0);
  useLayoutEffect(() => {
    const island = inside.current?.closest('astro-island');
    for (const [field] of early.current!) if (!island?.contains(field)) early.current!.delete(field);
    if (!island || early.current!.size === 0) return;
    // A field typed in again after hydration reports its whole value, early words included.
    const typedAgain = (event: Event) => event.isTrusted && early.current!.delete(event.target as TextField);
    island.addEventListener('input', typedAgain, true);
    // Should no render show the saved draft, the words go back in all the same.
    const timer = setTimeout(() => {
      island.removeEventListener('input', typedAgain, true);
      for (const [field, typed] of early.current!) putBack(field, typed);
      early.current!.clear();
    }, 1500);
    return () => {
      clearTimeout(timer);
      island.removeEventListener('input', typedAgain, true);
    };
  }, [inside]);
  useEffect(() => {
    // The first render is hydration's, with the server's blank values; the saved draft shows after it.
    if (renders.current++ === 0) return;
    for (const [field, typed] of early.current!) {
      early.current!.delete(field);
      putBack(field, typed);
    }
  });
}
