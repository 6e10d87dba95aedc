// Adds up Vitest's and Playwright's JSON reports into the one closing line CI reads.
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestFile, playwrightFile] = process.argv.slice(2);

if (vitestFile && fs.existsSync(vitestFile)) {
  const report = JSON.parse(fs.readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // An error outside any test (bad config, a crashed worker) fails the run too.
  if (!report.success && report.numFailedTests === 0) {
    failed += 1;
    console.error('Vitest báo lỗi ngoài các bài kiểm thử (xem ở trên).');
  }
} else {
  failed += 1;
  console.error('Không có báo cáo Vitest.');
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
