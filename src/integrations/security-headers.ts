// Writes dist/_headers, the headers file hosts such as Netlify and Cloudflare Pages read, with the
// one rule a <meta> Content-Security-Policy cannot give: no other site may show these pages in a
// frame (frame-ancestors 'none', and X-Frame-Options for older browsers). Issue 23: clickjacking of
// "Delete everything" (docs/hand-ins.md). Uses Astro's documented `astro:build:done` hook; changes no
// built page. Used by astro.config.mjs; tested in tests/unit/framing.test.ts.
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** The headers file's text: every path gets both headers. */
export const HEADERS_FILE = `/*
  Content-Security-Policy: frame-ancestors 'none'
  X-Frame-Options: DENY
`;

export function securityHeaders(): AstroIntegration {
  return {
    name: 'efficacy-lab:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), HEADERS_FILE);
        logger.info("_headers written: frame-ancestors 'none' for hosts that read a headers file");
      },
    },
  };
}
