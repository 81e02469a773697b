import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // End-to-end tests spawn the built CLI; give a loaded CI machine room.
    testTimeout: 30_000,
    // One PostgreSQL server for the run, when there is one (the PostgreSQL tests skip otherwise).
    globalSetup: ['tests/support/postgres-setup.ts'],
  },
});
