/**
 * The jest configuration StrykerJS runs (`npm run test:mutation`, stryker.config.mjs): only the
 * tests that exercise the mutated folder, so that a run finishes in reasonable time on 2 cores.
 * MUTATE=transport or MUTATE=trigger picks one folder's tests; unset, both.
 */
const base = require('./jest.config.js');

const TESTS = {
	transport: [
		'<rootDir>/test/unit/transport*.test.ts',
		'<rootDir>/test/reliability/faultMatrix.test.ts',
		'<rootDir>/test/nodes/misbehaving/*.test.ts',
		'<rootDir>/test/nodes/connection/syncTriggerFaults.test.ts',
	],
	// The polling trigger's tests (pollingScale alone takes 15 s) exercise another node.
	trigger: [
		'<rootDir>/test/trigger/{dedupe,lifecycle,payload,signature,webhook,webhook.property}.test.ts',
	],
};

const folder = process.env.MUTATE;

/** @type {import('jest').Config} */
module.exports = {
	...base,
	testMatch: folder ? TESTS[folder] : [...TESTS.transport, ...TESTS.trigger],
	reporters: ['default'],
};
