// @ts-check
/**
 * Mutation testing with StrykerJS (issue 16, item 14): `npm run test:mutation`. Run by hand,
 * not in CI (tens of minutes on 2 cores). One folder at a time, with only its tests:
 *   MUTATE=transport npm run test:mutation
 *   MUTATE=trigger npm run test:mutation
 * Reports: reports/mutation/mutation.html (and .json). The surviving mutants that are left, and
 * why, are listed in CONTRIBUTING.md ("Mutation testing").
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const FOLDERS = {
	transport: ['nodes/shared/transport/**/*.ts'],
	// The trigger and the event code it shares with the polling trigger (nodes/shared/event*.ts).
	trigger: ['nodes/FivetranTrigger/**/*.ts', 'nodes/shared/event*.ts'],
};
const folder = process.env.MUTATE;
if (folder !== undefined && !(folder in FOLDERS)) {
	throw new Error(`MUTATE must be one of ${Object.keys(FOLDERS).join(', ')}`);
}

const config = {
	packageManager: 'npm',
	testRunner: 'jest',
	// Only the tests that exercise the mutated folders (jest.mutation.config.js reads MUTATE too).
	jest: {
		projectType: 'custom',
		configFile: 'jest.mutation.config.js',
		enableFindRelatedTests: false,
	},
	// Each mutant runs only the tests that cover it.
	coverageAnalysis: 'perTest',
	mutate: folder ? FOLDERS[folder] : Object.values(FOLDERS).flat(),
	// Module-level constants would need every test per mutant; they are skipped and listed as such.
	ignoreStatic: true,
	// The machine is shared: at most 2 test processes.
	concurrency: 2,
	timeoutMS: 20000,
	// The first run (all the tests, with coverage) takes minutes on a busy machine.
	dryRunTimeoutMinutes: 20,
	tempDirName: '.stryker-tmp',
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	thresholds: { high: 95, low: 90, break: null },
};

export default config;
