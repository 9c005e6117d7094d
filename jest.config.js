/**
 * Jest projects for the three test layers:
 *  - unit:        pure model and components (jsdom for *.test.tsx), no I/O;
 *  - integration: PnPjs and the Graph client over real HTTP against the emulators;
 *  - browser:     playwright-core + Debian Chromium against the running local product.
 */
'use strict';
const common = {
  rootDir: __dirname,
  transform: { '^.+\\.[tj]sx?$': '<rootDir>/tools/jest/esbuild-transform.js' },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|@microsoft/app-manifest|strip-bom)/)'],
  moduleNameMapper: { '^(.*)/loc/(\\w+)Strings$': '<rootDir>/tools/jest/loc-strings.js' },
  testEnvironment: 'node'
};
module.exports = {
  // Jest reads testTimeout only here, not per project. Fluent UI in jsdom is slow on a loaded 2-core machine;
  // speed is measured by `npm run bench`, not by test timeouts.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts', '<rootDir>/server/directory/**/__tests__/**/*.test.ts'] },
    { ...common, displayName: 'components', testEnvironment: 'jsdom', setupFiles: ['<rootDir>/tools/jest/jsdom-globals.js'], testMatch: ['<rootDir>/src/**/__tests__/**/*.test.tsx'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/server/**/__tests__/**/*.test.ts', '<rootDir>/tests/integration/**/*.test.ts'], testPathIgnorePatterns: ['/server/directory/'] },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/tests/browser/**/*.test.ts'] }
  ]
};
