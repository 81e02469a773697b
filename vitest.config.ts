import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests spawn the built CLI; give a loaded CI machine room.
    testTimeout: 30_000,
  },
});
