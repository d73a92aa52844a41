/** One jest run; the database behind it is chosen by DATABASE_URL (unset = embedded PGlite). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Transpile only, with SWC: a fresh checkout's first run (cold cache) spends far less than with
  // ts-jest (two files and the template: 28 CPU-s against 46).
  transform: { '^.+\\.ts$': ['@swc/jest', require('./test/helpers/swc-options')] },
  setupFiles: ['reflect-metadata'],
  runtime: '<rootDir>/test/helpers/code-caching-runtime.js',
  // The migrated, seeded hub that each test file's seeded hub copies (test/helpers/hub-template.ts).
  globalSetup: '<rootDir>/test/helpers/global-setup.ts',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/helpers/long-running-files.js'],
  maxWorkers: 2,
};
