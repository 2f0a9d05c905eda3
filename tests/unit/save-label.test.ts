import { describe, expect, it } from 'vitest';
import { saveLabel } from '../../src/lib/save-label';

describe('saveLabel (the save indicator at the top of a worksheet)', () => {
  // Reported: "✓ Saved" beside "Your saved rounds: Nothing saved yet" (the draft had been written).
  it('says the draft is saved while the list below is empty', () => {
    expect(saveLabel('saved', true)).toEqual(['✓', 'Draft saved']);
    expect(saveLabel('saved', false)).toEqual(['✓', 'Saved']);
  });
  it('describes, rather than claims, saving before anything is written', () => {
    expect(saveLabel('idle', true)[1]).not.toMatch(/^Saved/);
  });
  it('says when saving fails or waits', () => {
    expect(saveLabel('unsaved', false)).toEqual(['!', 'Not saved']);
    expect(saveLabel('pending', true)).toEqual(['…', 'Saving']);
  });
});
