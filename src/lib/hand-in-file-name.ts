// The name of a student's hand-in file: efficacy-lab-hand-in-<class>-<name>-<week>.json, so a
// class's files do not collide in a teacher's downloads. Made safe for every file system: letters
// and digits of any script kept, everything else (slashes, dots, spaces, reserved characters) a dash.

/** Letters and digits (any script) in lower case, joined by single dashes; at most `max` characters. */
export function safeFilePart(text: string, max = 40): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

export function handInFileName(className: string, student: string, week: string): string {
  const parts = [safeFilePart(className) || 'class', safeFilePart(student) || 'student', safeFilePart(week, 10) || 'week'];
  return `efficacy-lab-hand-in-${parts.join('-')}.json`;
}
