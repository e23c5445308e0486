import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    // The interface tests draw into a fake interactive terminal. With CI=true (as on the CI
    // machine) Ink would draw only a last frame and place no cursor, as it does for logs.
    env: {
      CI: 'false',
      CONTINUOUS_INTEGRATION: 'false',
      // Messages name commands as the person started talkturn; in-process tests pin the plain
      // installed form (test/cli/invocation.test.ts covers how it is worked out).
      TALKTURN_INVOKED_AS: 'talkturn',
    },
  },
});
