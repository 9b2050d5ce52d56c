/**
 * End-to-end tests (`npm run test:e2e`): a real n8n 2.41 (Node 24, from the runtime cache
 * outside the repo; created on first use) with this package installed as a community package.
 * The global setup builds the package and makes sure the runtime exists, so a cold run spends
 * its minutes there, with visible progress, before any test timer starts.
 */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.test.ts'],
	globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true, diagnostics: false }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	// Each file starts its own n8n processes; two cores do not run two n8n well at once.
	maxWorkers: 1,
	testTimeout: 5 * 60_000,
	reporters: ['default', ['<rootDir>/test/support/summaryReporter.js', { name: 'e2e' }]],
};
