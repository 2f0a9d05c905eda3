import { expect, test } from 'vitest';
import { fieldText } from '../../src/lib/exercises/fields';
import { goalSizerFields } from '../../src/exercises/goal-sizer/data';

// A structured value travels in a hand-in as the text its `format` made on the student's device: read
// back on the review page, that text is shown as it is, never handed to `format` again (which expects
// the structure: "e.map is not a function" stopped the review page drawing a goal sizer hand-in).
test('text that came as text is shown as it is, even for a field with a format', () => {
  const versions = goalSizerFields.find((f) => f.key === 'versions')!;
  expect(fieldText('Run 5 km → Run 1 km on Saturday', versions)).toBe('Run 5 km → Run 1 km on Saturday');
});
