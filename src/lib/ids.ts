// Element ids for components that label themselves (aria-labelledby). A counter rather than random
// values keeps builds byte-for-byte repeatable.
let counter = 0;
export function elementId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
