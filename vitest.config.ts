import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The seed-quality and CLI tests run the real pipeline (model load, workers): give them room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
