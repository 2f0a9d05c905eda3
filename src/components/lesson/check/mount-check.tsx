// Hydrates a check rendered on the server (CheckSection.astro, on a lesson without a worksheet) with
// the props written beside it, as an Astro island would. Loaded only when the reader opens the check.
import { hydrate } from 'preact';
import Check, { type CheckProps } from './Check';

export function mountCheck(mount: HTMLElement): void {
  const props = JSON.parse(mount.dataset['checkProps']!) as CheckProps;
  hydrate(<Check {...props} />, mount);
}
