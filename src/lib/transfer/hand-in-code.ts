// A hand-in packed into the code its link or file carries, and unpacked again: the JSON compressed
// with fflate and written as base64url. Unpacking checks the size first (so a small link cannot
// unpack into something huge), then everything ./hand-in.ts checks. Loaded when a hand-in is made or
// opened, not with the pages.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
/** Finding the code in a pasted link needs no unpacking; it is here too for pages that load both together. */
export { codeFromText } from './hand-in';
import { CODE_PREFIX, handInProblems, MAX_CODE_LENGTH, MAX_UNPACKED_BYTES, type HandIn, type HandInExercises } from './hand-in';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeHandIn(handIn: HandIn): string {
  return CODE_PREFIX + toBase64Url(deflateSync(strToU8(JSON.stringify(handIn)), { level: 9 }));
}

export type DecodedHandIn = { ok: true; handIn: HandIn } | { ok: false; message: string };

/** `maxLength`: MAX_CODE_LENGTH for a link, MAX_FILE_CODE_LENGTH for a hand-in file. */
export function decodeHandIn(
  exercises: HandInExercises,
  code: string,
  knownPractices?: ReadonlySet<string>,
  maxLength = MAX_CODE_LENGTH,
): DecodedHandIn {
  const fail = (message: string): DecodedHandIn => ({ ok: false, message });
  const trimmed = code.trim();
  if (trimmed.length > maxLength) {
    return fail(
      maxLength === MAX_CODE_LENGTH
        ? 'This link is longer than a hand-in link can be: ask the student for their hand-in file instead.'
        : 'This hand-in is far larger than a hand-in can be.',
    );
  }
  if (!trimmed.startsWith(CODE_PREFIX)) return fail('This is not an Efficacy Lab hand-in.');
  const body = trimmed.slice(CODE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return fail('This hand-in has been cut short or changed: ask for the link again.');
  let json: string;
  try {
    // Unpack into a buffer one byte larger than allowed: if it fills, the data was too big.
    const out = inflateSync(fromBase64Url(body), { out: new Uint8Array(MAX_UNPACKED_BYTES + 1) });
    if (out.length > MAX_UNPACKED_BYTES) return fail('This hand-in unpacks to far more than a hand-in can hold.');
    json = strFromU8(out);
  } catch {
    return fail('This hand-in has been cut short or changed: ask for the link again.');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('This hand-in has been cut short or changed: ask for the link again.');
  }
  const problems = handInProblems(exercises, value, knownPractices);
  if (problems.length > 0) return fail(`This hand-in cannot be read: ${problems[0]}`);
  return { ok: true, handIn: value as HandIn };
}
