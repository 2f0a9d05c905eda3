// The components a lesson's MDX can use without importing them.
import CoreInsight from './CoreInsight.astro';
import ForRole from './ForRole.astro';
import Misconception from './Misconception.astro';
import Quote from './Quote.astro';
import RoleNotes from './RoleNotes.astro';

export const lessonComponents = { CoreInsight, ForRole, Misconception, Quote, RoleNotes };
