// Jest reporter: when TEST_SUMMARY_DIR is set (by .ci/run), writes this run's totals to a JSON
// file there, so .ci/run can print one "N passed, N failed" line over every suite it ran while
// still calling the README's plain `npm test`.
const fs = require('fs');
const path = require('path');

class SummaryReporter {
	constructor(globalConfig, options = {}) {
		this.name = options.name || 'tests';
	}

	onRunComplete(_contexts, results) {
		const dir = process.env.TEST_SUMMARY_DIR;
		if (!dir) return;
		fs.mkdirSync(dir, { recursive: true });
		const summary = {
			name: this.name,
			passed: results.numPassedTests,
			failed: results.numFailedTests,
			skipped: results.numPendingTests,
			brokenSuites: results.numRuntimeErrorTestSuites,
		};
		fs.writeFileSync(path.join(dir, `${this.name}.json`), JSON.stringify(summary));
	}
}

module.exports = SummaryReporter;
