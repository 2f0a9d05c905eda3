// client:request, for a worksheet that hydrates when the reader opens it (src/exercises/on-request.ts).
// Used by astro.config.mjs; tested in tests/unit/integrations.test.ts.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The directive's code: a file path, as addClientDirective wants it. */
export const ON_REQUEST_ENTRYPOINT = fileURLToPath(new URL('../exercises/on-request.ts', import.meta.url));

export function onRequestDirective(): AstroIntegration {
  return {
    name: 'efficacy-lab:on-request',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'request', entrypoint: ON_REQUEST_ENTRYPOINT });
      },
    },
  };
}
