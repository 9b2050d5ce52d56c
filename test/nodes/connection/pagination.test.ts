import { startConnectionKit, type ConnectionKit } from './kit';

const SEEDED = 2345;
let kit: ConnectionKit;
let allIds: string[];

beforeAll(async () => {
	kit = await startConnectionKit({ seed: { connections: SEEDED } });
	allIds = [...kit.emu.state.connections.keys()];
});

afterAll(async () => await kit.close());

/** The (limit, had a cursor) of every page request of the last run. */
function pageRequests(): Array<[string, boolean]> {
	return kit.requests().map((request) => {
		expect([request.method, request.path]).toEqual(['GET', '/v1/connections']);
		expect(request.headers.authorization).toBe(`Basic ${kit.emu.apiKey}`);
		return [request.query.limit, request.query.cursor !== undefined];
	});
}

async function listIds(parameters: Record<string, unknown>): Promise<string[]> {
	const result = await kit.run('getMany', { scope: 'account', ...parameters });
	expect(result.error).toBeUndefined();
	expect(result.items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
	return result.items.map((item) => String(item.json.id));
}

describe('Connection: Get Many pagination', () => {
	it('returns all records across pages, in order, without repeats', async () => {
		const ids = await listIds({ returnAll: true });
		expect(ids).toHaveLength(SEEDED);
		expect(ids).toEqual(allIds);
		expect(pageRequests()).toEqual([
			['1000', false],
			['1000', true],
			['1000', true],
		]);
	});

	it('stops at a limit smaller than a page with one request', async () => {
		expect(await listIds({ returnAll: false, limit: 7 })).toEqual(allIds.slice(0, 7));
		expect(pageRequests()).toEqual([['7', false]]);
	});

	it('stops at a limit equal to a page with one request', async () => {
		expect(await listIds({ returnAll: false, limit: 1000 })).toEqual(allIds.slice(0, 1000));
		expect(pageRequests()).toEqual([['1000', false]]);
	});

	it('asks only for what is missing when the limit is larger than a page', async () => {
		expect(await listIds({ returnAll: false, limit: 1001 })).toEqual(allIds.slice(0, 1001));
		expect(pageRequests()).toEqual([
			['1000', false],
			['1', true],
		]);
		expect(await listIds({ returnAll: false, limit: 2222 })).toEqual(allIds.slice(0, 2222));
		expect(pageRequests()).toEqual([
			['1000', false],
			['1000', true],
			['222', true],
		]);
	});

	it('returns everything when the limit is larger than the list', async () => {
		expect(await listIds({ returnAll: false, limit: 5000 })).toEqual(allIds);
		expect(pageRequests().map(([limit]) => limit)).toEqual(['1000', '1000', '1000']);
	});
});
