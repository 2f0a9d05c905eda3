// What the review page needs once there are hand-ins to show: the kept hand-ins' store, the
// worksheets' catalog it checks them against (every worksheet's definition and data rules, about
// 10 KB), and the parts that show hand-ins (class view, each student's hand-in, keeping them).
// Loaded by ./useReviewData.ts, never imported statically: a visit without hand-ins loads none of it.
export { handIns } from '../../../stores/hand-ins';
export { exerciseById } from '../../../exercises/catalog';
export { ClassWeekView } from '../ClassView';
export { StudentHandIn } from './StudentHandIn';
export { KeepHandIns } from './KeepHandIns';
// What the page makes of the open hand-ins: versions, classes and weeks, words that need a look.
export { classWeeks, versionsPerStudent } from '../../../lib/class-view';
export { flaggedParts, needsALook, withoutFlagged } from '../../../lib/care/hand-in-care';
