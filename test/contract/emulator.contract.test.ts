/**
 * Contract tests, emulator side: every case of cases/*.cases.ts is sent to an emulator and its
 * answer validated against the response schema of the matching operation of Fivetran's
 * definition (envelope, `data`, field names, types, enums; objects closed). A success case's
 * request must conform too. Then the coverage check: every emulator route has a success case.
 */
import { startEmulator, type Emulator } from '../emulator';
import { Router } from '../emulator/router';
import { routes } from '../emulator/routes';
import { call } from '../emulator/testUtils';
import { caseFiles } from './caseFiles';
import { resolve, type ContractCase } from './cases/types';
import { contract } from './contract';

const router = new Router(routes);
/** `METHOD /route/:pattern` of every route a success case reached. */
const covered = new Set<string>();

function splitPath(full: string): { path: string; query: Record<string, string> } {
	const [path, search = ''] = full.split('?');
	return { path, query: Object.fromEntries(new URLSearchParams(search)) };
}

async function runCase(emu: Emulator, testCase: ContractCase) {
	await testCase.setup?.(emu);
	const full = resolve(testCase.path, emu);
	const body = testCase.body === undefined ? undefined : resolve(testCase.body, emu);
	const answer = await call(emu, testCase.method, full, { body, as: testCase.as?.(emu) });
	const { path, query } = splitPath(full);
	const success = answer.status >= 200 && answer.status < 300;
	if (success) {
		const match = router.match(testCase.method, path);
		if (match.kind === 'found') covered.add(`${match.route.method} ${match.route.path}`);
	}
	return {
		status: answer.status,
		answerProblems: contract().checkResponse(
			{ method: testCase.method, path },
			answer.status,
			answer.body,
		),
		requestProblems: success
			? contract().checkRequest({ method: testCase.method, path, query, body })
			: [],
		answer: answer.body,
	};
}

for (const { area, file } of caseFiles()) {
	describe(`${area} routes`, () => {
		let emu: Emulator;
		beforeAll(async () => {
			emu = await startEmulator({ seed: file.seed, clock: { mode: 'manual' } });
		});
		afterAll(async () => await emu.close());

		it.each(file.cases.map((testCase) => [testCase.name, testCase] as const))(
			'%s',
			async (_name, testCase) => {
				const result = await runCase(emu, testCase);
				if (result.status !== testCase.status) {
					throw new Error(
						`Expected ${testCase.status}, got ${result.status}: ${JSON.stringify(result.answer)}`,
					);
				}
				expect(result.answerProblems).toEqual([]);
				expect(result.requestProblems).toEqual([]);
			},
		);
	});
}

describe('coverage', () => {
	it('every emulator route is an operation of the definition', () => {
		const missing = routes
			.filter((route) => contract().matchRoute(route.method, route.path) === undefined)
			.map((route) => `${route.method} ${route.path}`);
		expect(missing).toEqual([]);
	});

	// Runs after the cases above (jest runs a file's tests in order).
	it('every emulator route has a success case', () => {
		const uncovered = routes
			.map((route) => `${route.method} ${route.path}`)
			.filter((route) => !covered.has(route));
		expect(uncovered).toEqual([]);
	});
});
