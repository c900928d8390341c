import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

/** d3 ships ESM only; map each package to the UMD build it also ships. */
const config = {
  testEnvironment: 'jsdom',
  // Component suites render whole pages in jsdom; on a shared 2-core machine under load
  // Jest's 5 s default fails them for the machine's sake, not the code's.
  testTimeout: 20_000,
  setupFiles: ['jest-canvas-mock'],
  setupFilesAfterEnv: ['<rootDir>/__tests__/setup.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/.next/', '/out/'],
  testMatch: ['<rootDir>/__tests__/**/*.test.ts', '<rootDir>/__tests__/**/*.test.tsx'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    '^d3$': '<rootDir>/node_modules/d3/dist/d3.js',
    '^(d3-[^/]+|internmap)$': '<rootDir>/node_modules/$1/dist/$1.js',
  },
};

export default createJestConfig(config);
