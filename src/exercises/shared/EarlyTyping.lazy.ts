// Puts back what a reader typed into a worksheet before it hydrated (./keep-early-typing.ts). This
// runs once the saved draft is on screen: the render that shows it follows hydration at once, and
// this module is fetched only after that.
import { keepEarlyTyping } from '../../lib/early-typing';
import type { EarlyTyping } from './keep-early-typing';

export function putBack(early: EarlyTyping): void {
  for (const [field, typed] of early) {
    // Still there: the reader typed on after hydration, and the worksheet heard the whole value then
    // (or this field's island has not hydrated yet, and will put them back itself).
    if (field.value.includes(typed)) continue;
    const value = keepEarlyTyping(field.value, typed, field.tagName === 'TEXTAREA');
    if (value === undefined) continue;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
