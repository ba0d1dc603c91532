// Sums the vitest and Playwright JSON reports into one line: "N passed, N failed" (", N skipped" when any).
// A missing or unreadable report counts as one failure, so a runner that crashed cannot look green; the third
// argument adds the failed non-test steps (type check, build).
import { readFileSync } from 'node:fs';

const read = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`summarize: no readable report at ${path}`);
    return null;
  }
};

let passed = 0, failed = 0, skipped = 0;
const [unitPath, e2ePath, failedSteps = '0'] = process.argv.slice(2);
failed += Number(failedSteps);
const unit = read(unitPath);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numTotalTests === 0) failed += 1;
} else failed += 1;
const e2e = read(e2ePath);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  if (e2e.stats.expected + e2e.stats.unexpected + e2e.stats.flaky === 0) failed += 1;
  for (const error of e2e.errors ?? []) console.error(`e2e: ${error.message}`);
  if ((e2e.errors ?? []).length) failed += 1;
} else failed += 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
