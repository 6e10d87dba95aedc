// Adds up Vitest's and Playwright's JSON reports into the one closing line CI reads.
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestFile, playwrightFile, ...moreVitestFiles] = process.argv.slice(2);

// The first Vitest report is Node 20's; the further ones are the Node LTS pass (scripts/test-node-lts.sh)
// and the Citus pass (scripts/test-citus.sh).
for (const file of [vitestFile, ...moreVitestFiles]) addVitest(file);

function addVitest(file) {
  if (!file || !fs.existsSync(file)) {
    failed += 1;
    console.error(`Không có báo cáo Vitest (${file ?? '—'}).`);
    return;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // An error outside any test (bad config, a crashed worker) fails the run too.
  if (!report.success && report.numFailedTests === 0) {
    failed += 1;
    console.error(`Vitest báo lỗi ngoài các bài kiểm thử (${file}, xem ở trên).`);
  }
}

if (playwrightFile && fs.existsSync(playwrightFile)) {
  const { stats } = JSON.parse(fs.readFileSync(playwrightFile, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (stats.expected + stats.unexpected + stats.flaky === 0) {
    failed += 1;
    console.error('Playwright không chạy bài kiểm thử nào.');
  }
  skipped += stats.skipped;
} else {
  failed += 1;
  console.error('Không có báo cáo Playwright.');
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
