// Prints each lesson's word count, reading time and Flesch-Kincaid grade, drafts included:
//   npm run lesson-report [-- content/some-lesson.mdx ...]
// A writing aid: the unit tests enforce the same limits on published lessons.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readability } from '../src/lib/readability.ts';
import { countWords, readingMinutes } from '../src/lib/reading-time.ts';

const files =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : readdirSync('content')
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => join('content', f));

for (const file of files) {
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n?/, '');
  const r = readability(body);
  console.log(`${file}: ${countWords(body)} words, ${readingMinutes(body)} min, grade ${r.grade} (${r.sentences} sentences)`);
}
