/**
 * Contract tests, emulator side: every case of cases/*.cases.ts is sent to an emulator and its
 * answer validated against the response schema of the matching operation of Fivetran's
 * definition (envelope, `data`, field names, types, enums; objects closed). A success case's
 * request must conform too. Then the coverage checks: every emulator route is an operation of the
 * definition and has a success case, and every route with an id in its path a 404 case.
 */
import { startEmulator, type Emulator } from '../emulator';
import { Router } from '../emulator/router';
import { routes } from '../emulator/routes';
import { call } from '../emulator/testUtils';
import { caseFiles } from './caseFiles';
import { resolve, type CaseFile, type ContractCase } from './cases/types';
import { contract } from './contract';

const router = new Router(routes);
/** `METHOD /route/:pattern` of every route a success case reached. */
const covered = new Set<string>();
/** The same for cases answered 404. */
const notFoundCovered = new Set<string>();

function splitPath(full: string): { path: string; query: Record<string, string> } {
	const [path, search = ''] = full.split('?');
	return { path, query: Object.fromEntries(new URLSearchParams(search)) };
}

async function runCase(emu: Emulator, testCase: ContractCase) {
	await testCase.setup?.(emu);
	const full = resolve(testCase.path, emu);
	const body = testCase.body === undefined ? undefined : resolve(testCase.body, emu);
	const answer = await call(emu, testCase.method, full, {
		body,
		as: testCase.as?.(emu),
		headers: testCase.headers,
		rawBody: testCase.rawBody,
	});
	const { path, query } = splitPath(full);
	const success = answer.status >= 200 && answer.status < 300;
	const match = router.match(testCase.method, path);
	if (match.kind === 'found') {
		const route = `${match.route.method} ${match.route.path}`;
		if (success) covered.add(route);
		if (answer.status === 404) notFoundCovered.add(route);
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

/** How many cases of each area ran above (all of them unless jest was given a filter). */
const ranCases = new Map<string, number>();

/** Runs every case of a file against a fresh emulator (coverage of a filtered run). */
async function runAll(file: CaseFile): Promise<void> {
	const emu = await startEmulator({ seed: file.seed, clock: { mode: 'manual' } });
	try {
		for (const testCase of file.cases) await runCase(emu, testCase).catch(() => undefined);
	} finally {
		await emu.close();
	}
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
				ranCases.set(area, (ranCases.get(area) ?? 0) + 1);
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
	beforeAll(async () => {
		for (const { area, file } of caseFiles()) {
			if ((ranCases.get(area) ?? 0) < file.cases.length) await runAll(file);
		}
	});

	it('every emulator route is an operation of the definition', () => {
		const missing = routes
			.filter((route) => contract().matchRoute(route.method, route.path) === undefined)
			.map((route) => `${route.method} ${route.path}`);
		expect(missing).toEqual([]);
	});

	it('every emulator route has a success case', () => {
		const uncovered = routes
			.map((route) => `${route.method} ${route.path}`)
			.filter((route) => !covered.has(route));
		expect(uncovered).toEqual([]);
	});

	it('every emulator route with an id in its path has a 404 case', () => {
		const uncovered = routes
			.filter((route) => route.path.includes('/:'))
			.map((route) => `${route.method} ${route.path}`)
			.filter((route) => !notFoundCovered.has(route));
		expect(uncovered).toEqual([]);
	});
});
