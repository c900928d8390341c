import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * `lib/` is pure TypeScript that runs in Node at build and in tests, so it may
 * not reach for React, Next, the DOM or the imperative drawing libraries. The
 * type-level half of this rule is `tsconfig.lib.json`, which compiles `lib/`
 * without the DOM typings.
 */
const pureLibRestrictions = {
  files: ['lib/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          { name: 'react', message: 'lib/ is pure TypeScript: no React.' },
          { name: 'react-dom', message: 'lib/ is pure TypeScript: no React.' },
          { name: 'next', message: 'lib/ is pure TypeScript: no Next.' },
          { name: 'd3', message: 'Import the pure d3 modules (d3-scale, d3-time, d3-array) in lib/, never the bundle with d3-selection.' },
          { name: 'd3-selection', message: 'lib/ does not touch the DOM.' },
          { name: 'cytoscape', message: 'lib/ computes plain graph data; components/ owns Cytoscape.' },
        ],
        patterns: [
          { group: ['react/*', 'react-dom/*', 'next/*', '@testing-library/*'], message: 'lib/ is pure TypeScript: no React, Next or DOM.' },
          { group: ['@/components/*', '@/app/*', '../components/*', '../app/*'], message: 'Data flows from lib/ to views, never back.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'location', 'history'].map(
        (name) => ({ name, message: 'lib/ runs in Node: no DOM globals.' }),
      ),
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  pureLibRestrictions,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { ignores: ['node_modules/**', '.next/**', '.next-*/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/out/**'] },
];

export default config;
