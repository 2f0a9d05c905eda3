// Signed hand-ins (issue 23): the student's device signs each hand-in with its own key (ECDSA P-256,
// WebCrypto), and the hand-in carries the public key. A signature proves that the hand-in was not
// changed after it was made, and that two hand-ins signed with the same key came from the same
// browser (src/lib/device-key.ts keeps the private key there, unreadable even to the page). It does
// not prove who the person is: see docs/hand-ins.md.
import type { HandIn, HandInSignature } from './hand-in';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** JSON with every object's keys in code-point order, so the signed bytes do not depend on how a hand-in was written. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What is signed: the whole hand-in but its signature. */
export function signedText(handIn: HandIn): string {
  const { signature: _signature, ...rest } = handIn;
  return canonicalJson(rest);
}

function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const b of new Uint8Array(bytes)) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A device's signing key: the private key (not extractable) and the public key's x and y. */
export interface DeviceKey {
  privateKey: CryptoKey;
  publicKey: HandInSignature['key'];
}

/** Makes a new device key. The private key cannot be exported, by the page or anyone else. */
export async function makeDeviceKey(): Promise<DeviceKey> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  // A public key is always exportable, whatever `extractable` says.
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return { privateKey: pair.privateKey, publicKey: { x: jwk.x!, y: jwk.y! } };
}

/** The hand-in with its signature. */
export async function signHandIn(handIn: HandIn, key: DeviceKey): Promise<HandIn> {
  const unsigned: HandIn = { ...handIn };
  delete unsigned.signature;
  const sig = await crypto.subtle.sign(SIGNING, key.privateKey, new TextEncoder().encode(signedText(unsigned)));
  return { ...unsigned, signature: { key: key.publicKey, sig: toBase64Url(sig) } };
}

/** A short, readable name for a public key: the first 64 bits of its SHA-256, as four groups of hex. */
export async function fingerprintOf(key: HandInSignature['key']): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${key.x}.${key.y}`)));
  const hex = [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ');
}

export type SignatureCheck = { status: 'unsigned' } | { status: 'altered' } | { status: 'signed'; fingerprint: string };

/**
 * Checks a hand-in's signature: 'signed' (with the key's fingerprint), 'unsigned' (none: made
 * before hand-ins were signed, or by a browser that could not sign), or 'altered' (a signature that
 * does not match: changed after it was signed, or a key that is not a P-256 point).
 */
export async function checkSignature(handIn: HandIn): Promise<SignatureCheck> {
  const signature = handIn.signature;
  if (!signature) return { status: 'unsigned' };
  try {
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: signature.key.x, y: signature.key.y, ext: true },
      ALGORITHM,
      false,
      ['verify'],
    );
    const ok = await crypto.subtle.verify(SIGNING, key, fromBase64Url(signature.sig), new TextEncoder().encode(signedText(handIn)));
    return ok ? { status: 'signed', fingerprint: await fingerprintOf(signature.key) } : { status: 'altered' };
  } catch {
    return { status: 'altered' };
  }
}
