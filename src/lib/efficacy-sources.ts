// Bandura's four sources of efficacy information, strongest first (Bandura, 1977, 1997).
export const EFFICACY_SOURCE_IDS = ['mastery', 'vicarious', 'persuasion', 'physiological'] as const;
export type EfficacySourceId = (typeof EFFICACY_SOURCE_IDS)[number];

export const EFFICACY_SOURCE_LABELS: Record<EfficacySourceId, string> = {
  mastery: 'Mastery experience',
  vicarious: 'Vicarious experience',
  persuasion: 'Verbal persuasion',
  physiological: 'Physiological and emotional states',
};
