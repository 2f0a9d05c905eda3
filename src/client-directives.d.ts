// Types for the project's own client directive (registered in astro.config.mjs).
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate when the reader opens the worksheet (src/exercises/on-request.ts). */
    'client:request'?: boolean;
  }
}
export {};
