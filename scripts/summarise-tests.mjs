// Folds the stage results, Jest's JSON report and Playwright's JSON report into
// the single closing line CI reads: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// Every Playwright run writes its own JSON report: playwright.json for the main
// suite, playwright-<name>.json for suites that need their own build (another
// dataset, the benchmark smoke run). Each counts.
const pwFiles = readdirSync(dir).filter((f) => /^playwright(-[\w-]+)?\.json$/.test(f)).sort();
if (!pwFiles.includes('playwright.json')) {
  console.log('playwright: no report (Playwright did not run)');
  failed += 1;
}
for (const file of pwFiles) {
  const pw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const s = pw.stats ?? {};
  const ok = (s.expected ?? 0) + (s.flaky ?? 0);
  const bad = (s.unexpected ?? 0) + (pw.errors?.length ?? 0);
  passed += ok;
  failed += bad;
  console.log(`${file.replace(/\.json$/, '')}: ${ok} passed, ${bad} failed, ${s.skipped ?? 0} skipped`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
