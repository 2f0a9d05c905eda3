// A week's practice as a calendar file (.ics, RFC 5545), made on the device: one event with a
// reminder on each day of the week (Monday to Sunday), at 17:00 in the reader's own time zone
// (floating time, so the calendar keeps it at 17:00 wherever they are).
import { isoDay, parseDay, weekProblem } from './dates';

/** Text as an iCalendar TEXT value: backslash, semicolon, comma and line breaks escaped. */
export function icsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1), never inside a character. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 74) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export interface WeekReminder {
  /** The Monday, YYYY-MM-DD. */
  week: string;
  title: string;
  description: string;
  url: string;
  /** Makes the events' ids stable for one assignment, so importing twice updates rather than doubles. */
  id: string;
}

export function weekCalendar({ week, title, description, url, id }: WeekReminder, now = new Date()): string {
  const monday = parseDay(week);
  // Links are checked on arrival (src/lib/assignment-link.ts); this is the last guard against a bad file.
  if (!monday || weekProblem(week)) throw new Error(`Not a week: ${week}`);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Efficacy Lab//Assignment//EN', 'CALSCALE:GREGORIAN'];
  for (let i = 0; i < 7; i++) {
    // Adding days to the date's parts, not milliseconds, so a daylight-saving change cannot move the day.
    const date = new Date(monday);
    date.setFullYear(monday.getFullYear(), monday.getMonth(), monday.getDate() + i);
    const day = isoDay(date).replace(/-/g, '');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${id}-${day}@efficacy-lab`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${day}T170000`,
      `DTEND:${day}T171500`,
      `SUMMARY:${icsText(title)}`,
      `DESCRIPTION:${icsText(`${description}\n${url}`)}`,
      `URL:${url}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:PT0M',
      `DESCRIPTION:${icsText(title)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
