// Every piece of text in a saved value, for the risk check (./risk.ts). Apart from the check's rules,
// so a page that only walks a hand-in's texts (src/lib/care/hand-in-care.ts) does not load them.

/** Every piece of text in a value: the text itself, or the words inside a list or record (a ladder's tasks, a grid's areas). */
export function* textsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* textsIn(item);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* textsIn(item);
}
