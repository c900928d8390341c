// Folds the stage results, Jest's JSON report and Playwright's JSON report into
// the single closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, stagePass, stageFail] = process.argv.slice(2);
let passed = Number(stagePass) || 0;
let failed = Number(stageFail) || 0;

const jestFile = join(dir, 'jest.json');
if (existsSync(jestFile)) {
  const jest = JSON.parse(readFileSync(jestFile, 'utf8'));
  passed += jest.numPassedTests;
  // A suite that fails to load has no failed tests but must still count.
  failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites ?? 0);
  console.log(`jest: ${jest.numPassedTests} passed, ${jest.numFailedTests} failed, ${jest.numRuntimeErrorTestSuites ?? 0} suites did not run`);
} else {
  console.log('jest: no report (Jest did not run)');
  failed += 1;
}

const pwFile = join(dir, 'playwright.json');
if (existsSync(pwFile)) {
  const pw = JSON.parse(readFileSync(pwFile, 'utf8'));
  const s = pw.stats ?? {};
  const ok = (s.expected ?? 0) + (s.flaky ?? 0);
  const bad = (s.unexpected ?? 0) + (pw.errors?.length ?? 0);
  passed += ok;
  failed += bad;
  console.log(`playwright: ${ok} passed, ${bad} failed, ${s.skipped ?? 0} skipped`);
} else {
  console.log('playwright: no report (Playwright did not run)');
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
