// At the end of a lesson: once the reader has marked it read (on the course page, by the saving
// rules), say so beside "End of lesson N".
import { isMarkedRead } from '../lib/progress-peek';

const box = document.querySelector<HTMLElement>('[data-lesson-progress]');
if (box && isMarkedRead(box.dataset['lessonProgress']!)) box.querySelector('[data-read-state]')!.textContent = '✓ You marked it as read.';
