// Issue 23: hand-ins a teacher can trust without a server. Each student's device signs its hand-ins
// with a key of its own; the teacher's page remembers the first key seen for a name in a class and
// marks a hand-in signed with another one; unsigned and altered hand-ins are said to be so.
import { describe, expect, it } from 'vitest';
import type { HandIn } from '../../../src/lib/transfer/hand-in';
import { decodeHandIn, encodeHandIn } from '../../../src/lib/transfer/hand-in-code';
import { canonicalJson, checkSignature, signHandIn, type DeviceKey } from '../../../src/lib/transfer/hand-in-signature';
import { deviceKey, signOnThisDevice, type KeyStore } from '../../../src/lib/device-key';
import { assessHandIns } from '../../../src/lib/hand-in-trust';
import { exerciseById } from '../../../src/exercises/catalog';

/** A key store as IndexedDB keeps one: the first key put stays. */
const memoryStore = (): KeyStore => {
  let kept: DeviceKey | undefined;
  return {
    get: async () => kept,
    putFirst: async (key) => (kept ??= key),
  };
};

const handIn = (student: string, at: string, text = 'I did it'): HandIn => ({
  v: 2,
  assignment: { practices: ['catch-one-cant'], week: '2026-11-23', className: '9B' },
  student,
  handedInAt: at,
  entries: [],
  reflections: [{ practice: 'catch-one-cant', text }],
});

describe('the device key', () => {
  it('is made once, kept, and its private half cannot be read out', async () => {
    const store = memoryStore();
    const key = await deviceKey(store);
    expect(await deviceKey(store)).toBe(key);
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key.privateKey)).rejects.toThrow();
  });
  it('two tabs making the first key at once keep one', async () => {
    const store = memoryStore();
    const [a, b] = await Promise.all([deviceKey(store), deviceKey(store)]);
    expect(a.publicKey).toEqual(b.publicKey);
  });
  it('a browser that cannot keep a key hands in unsigned, and says so', async () => {
    const broken: KeyStore = { get: () => Promise.reject(new Error('no IndexedDB')), putFirst: () => Promise.reject(new Error('no')) };
    const h = handIn('Bob', '2026-11-25T10:00:00.000Z');
    expect(await signOnThisDevice(h, broken)).toEqual({ handIn: h, signed: false });
  });
});

describe('signatures', () => {
  it('a signed hand-in travels in a link and still checks; a changed one does not', async () => {
    const { handIn: signed, signed: ok } = await signOnThisDevice(handIn('Bob', '2026-11-25T10:00:00.000Z'), memoryStore());
    expect(ok).toBe(true);
    const decoded = decodeHandIn(exerciseById, encodeHandIn(signed), new Set(['catch-one-cant']));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(await checkSignature(decoded.handIn)).toMatchObject({
      status: 'signed',
      fingerprint: expect.stringMatching(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/),
    });
    expect(await checkSignature({ ...decoded.handIn, student: 'Rob' })).toEqual({ status: 'altered' });
    expect(await checkSignature({ ...decoded.handIn, handedInAt: '2026-11-26T10:00:00.000Z' })).toEqual({ status: 'altered' });
    expect(await checkSignature(handIn('Bob', '2026-11-25T10:00:00.000Z'))).toEqual({ status: 'unsigned' });
  });
  it('does not depend on the order of keys in the JSON', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
  });
});

describe('what the review page says about each hand-in', () => {
  it("marks a later hand-in in Bob's name from another device, a look-alike name from it too, and unsigned ones", async () => {
    const bobsDevice = await deviceKey(memoryStore());
    const otherDevice = await deviceKey(memoryStore());
    const bob1 = await signHandIn(handIn('Bob', '2026-11-25T10:00:00.000Z'), bobsDevice);
    const forged = await signHandIn(handIn('bob', '2026-11-26T10:00:00.000Z', 'not mine'), otherDevice);
    const bob2 = await signHandIn(handIn('Bob', '2026-11-27T10:00:00.000Z'), bobsDevice);
    const cyrillic = await signHandIn(handIn('B\u043Eb', '2026-11-27T11:00:00.000Z'), otherDevice);
    const unsigned = handIn('Bob', '2026-11-27T12:00:00.000Z');
    const altered = { ...bob2, reflections: [{ practice: 'catch-one-cant', text: 'changed' }] };
    const trust = await assessHandIns([bob1, forged, bob2, cyrillic, unsigned, altered]);
    const first = trust.get(bob1)!.fingerprint;
    expect(trust.get(bob1)).toMatchObject({ mark: 'first', lookAlikes: ['B\u043Eb'] });
    expect(trust.get(forged)).toMatchObject({ mark: 'other', firstFingerprint: first });
    expect(trust.get(forged)!.fingerprint).not.toBe(first);
    expect(trust.get(bob2)).toMatchObject({ mark: 'same', fingerprint: first });
    expect(trust.get(cyrillic)).toMatchObject({ mark: 'other', firstFingerprint: first, lookAlikes: ['Bob'], unusual: ['U+043E'] });
    expect(trust.get(bob1)!.unusual).toEqual([]);
    expect(trust.get(unsigned)).toMatchObject({ mark: 'unsigned', firstFingerprint: first });
    expect(trust.get(altered)).toMatchObject({ mark: 'altered' });
  });
  it('remembers a key per class: the same name in another class starts afresh', async () => {
    const a = await signHandIn(handIn('Sam', '2026-11-25T10:00:00.000Z'), await deviceKey(memoryStore()));
    const b = await signHandIn(
      { ...handIn('Sam', '2026-11-25T10:00:00.000Z'), assignment: { ...handIn('', '').assignment, className: '9C' } },
      await deviceKey(memoryStore()),
    );
    const trust = await assessHandIns([a, b]);
    expect([trust.get(a)!.mark, trust.get(b)!.mark]).toEqual(['first', 'first']);
  });
});
