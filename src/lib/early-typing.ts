// Words typed into a worksheet before its island hydrated. The server renders every field blank; a
// reader on a slow connection can focus a field and type before the worksheet's code arrives. When the
// island then shows what this browser had saved, the field is set to that, and the early words would
// be gone. This decides what the field holds instead, so that neither is lost.

/**
 * The value a field should hold once the saved draft is shown: `shown` is what the worksheet put in
 * the field (the saved draft, often blank), `typed` what the reader typed before hydration. Returns
 * undefined when the field already holds the typed words.
 */
export function keepEarlyTyping(shown: string, typed: string, multiline: boolean): string | undefined {
  if (shown === typed || typed.trim() === '') return undefined;
  if (shown.trim() === '') return typed;
  // Both the saved draft and the new words: keep both, the saved ones first, as they were written first.
  return `${shown}${multiline ? '\n' : ' '}${typed}`;
}
