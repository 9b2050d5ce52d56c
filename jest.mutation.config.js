/**
 * The jest configuration StrykerJS runs (`npm run test:mutation`, stryker.config.json): only the
 * tests that exercise the mutated folders, so that a run finishes in reasonable time on 2 cores.
 */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
	...base,
	testMatch: [
		// nodes/Fivetran/v1/transport/
		'<rootDir>/test/unit/transport*.test.ts',
		'<rootDir>/test/reliability/faultMatrix.test.ts',
		'<rootDir>/test/nodes/misbehaving/*.test.ts',
		'<rootDir>/test/nodes/connection/syncTriggerFaults.test.ts',
		'<rootDir>/test/credentials/*.test.ts',
		// nodes/FivetranTrigger/
		'<rootDir>/test/trigger/*.test.ts',
	],
	reporters: ['default'],
};
