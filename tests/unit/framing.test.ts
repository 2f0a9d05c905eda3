// Issue 23: destructive actions refuse to run when another site frames the page, and the build
// writes the frame-ancestors header for hosts that read a headers file.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { framedByOtherOrigin, refuseWhenFramed, type FrameView } from '../../src/lib/framing';
import { HEADERS_FILE, securityHeaders } from '../../src/integrations/security-headers';

const ours = { origin: 'https://efficacy-lab.example' };
const own = (): FrameView => {
  const view = { location: ours } as FrameView & { self: unknown };
  view.self = view;
  view.top = view as never;
  return view;
};
const framedBy = (top: FrameView['top']): FrameView => ({ self: {}, top, location: ours });
const crossOrigin = {
  get location(): { origin: string } {
    throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
  },
};

describe('framing', () => {
  it('a page in its own tab, or framed by this site, is not refused', () => {
    expect(framedByOtherOrigin(own())).toBe(false);
    expect(framedByOtherOrigin(framedBy({ location: ours }))).toBe(false);
  });
  it('a page framed by another origin is refused, whether its location throws or can be read', () => {
    expect(framedByOtherOrigin(framedBy(crossOrigin))).toBe(true);
    expect(framedByOtherOrigin(framedBy({ location: { origin: 'https://evil.example' } }))).toBe(true);
    expect(framedByOtherOrigin(framedBy(null))).toBe(true);
  });
  it('refusing tells the person to open the page in its own tab', () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    expect(refuseWhenFramed(framedBy(crossOrigin))).toBe(true);
    expect(alert).toHaveBeenCalledWith(expect.stringMatching(/Open the page in its own tab/));
    expect(refuseWhenFramed(own())).toBe(false);
    expect(alert).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });
});

describe('the headers file', () => {
  it('is written at the end of the build, forbidding every frame', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'headers-'));
    const hook = securityHeaders().hooks['astro:build:done']!;
    const logger = { info: vi.fn() };
    await hook({ dir: pathToFileURL(`${dir}/`), logger } as never);
    const text = await readFile(join(dir, '_headers'), 'utf8');
    expect(text).toBe(HEADERS_FILE);
    expect(text).toMatch(/^\/\*\n {2}Content-Security-Policy: frame-ancestors 'none'\n {2}X-Frame-Options: DENY\n$/);
  });
});
