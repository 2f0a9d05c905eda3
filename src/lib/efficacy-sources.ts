// Bandura's four sources of efficacy information, in the order of his ranking (Bandura, 1977, 1997):
// mastery first, vicarious experience second. He fixed no order between the last two, verbal
// persuasion and physiological and emotional states, so they are a tie (EFFICACY_SOURCE_TIES).
export const EFFICACY_SOURCE_IDS = ['mastery', 'vicarious', 'persuasion', 'physiological'] as const;
export type EfficacySourceId = (typeof EFFICACY_SOURCE_IDS)[number];

export const EFFICACY_SOURCE_LABELS: Record<EfficacySourceId, string> = {
  mastery: 'Mastery experience',
  vicarious: 'Vicarious experience',
  persuasion: 'Verbal persuasion',
  physiological: 'Physiological and emotional states',
};

/** Sources whose order among themselves Bandura left open: persuasion and body signals. */
export const EFFICACY_SOURCE_TIES: EfficacySourceId[][] = [['persuasion', 'physiological']];
