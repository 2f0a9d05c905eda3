/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests for the pure logic in src/lib (and, later, stores). getViteConfig gives tests the same
// module resolution as the site (astro:* virtual modules, JSX for Preact).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/dist/**/*.test.ts'],
    environment: 'node',
  },
});
