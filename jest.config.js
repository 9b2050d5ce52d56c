/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// e2e tests drive a real n8n process; they run with `npm run test:e2e`, not here.
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
	transform: {
		// Type-checking is `npm run typecheck`; transpile-only keeps the suite fast on 2 cores.
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', isolatedModules: true, diagnostics: false }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	testTimeout: 30000,
	reporters: ['default', ['<rootDir>/test/support/summaryReporter.js', { name: 'unit' }]],
};
