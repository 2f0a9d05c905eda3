// Writes dist/_headers, the headers file hosts such as Netlify and Cloudflare Pages read, with the
// one rule a <meta> Content-Security-Policy cannot give: no other site may show these pages in a
// frame (frame-ancestors 'none', and X-Frame-Options for older browsers). Issue 23: clickjacking of
// "Delete everything". Uses Astro's documented `astro:build:done` hook; changes no built page.
import { writeFile } from 'node:fs/promises';

/** The headers file's text: every path gets both headers. */
export const HEADERS_FILE = `/*
  Content-Security-Policy: frame-ancestors 'none'
  X-Frame-Options: DENY
`;

/** @returns {import('astro').AstroIntegration} */
export default function securityHeaders() {
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
