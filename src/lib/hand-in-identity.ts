// What tells two hand-ins apart (re-exported by ./class-view.ts, which groups them by student).
import type { HandIn } from './transfer/hand-in';

const identities = new WeakMap<HandIn, string>();
/**
 * What tells two hand-ins apart: their whole content. Two different hand-ins with the same name and
 * time are two; the same hand-in opened twice (a link and its file) is one.
 */
export function handInIdentity(h: HandIn): string {
  let id = identities.get(h);
  if (id === undefined) identities.set(h, (id = JSON.stringify(h)));
  return id;
}
