/**
 * Get Many across pages. The transport asks for at most 1000 records a page (Fivetran's
 * maximum) and only for what is still missing, so 2,345 keys need three pages for Return All,
 * and limits below, at and above one page need one, one and two requests.
 */
import { useEmulator } from '../../harness';
import { basicOf, runSystemKey, type Emulator } from './systemKeyKit';

const KEY_COUNT = 2345;

let emu: Emulator;
let allIds: string[];
useEmulator({ systemKeys: KEY_COUNT }, (started) => {
	emu = started;
	allIds = [...emu.state.systemKeys.keys()];
});

/** The `limit` of every request, and whether it carried a cursor. */
function pages() {
	return emu.requestLog.entries.map((entry) => ({
		method: entry.method,
		path: entry.path,
		limit: entry.query.limit,
		cursor: entry.query.cursor !== undefined,
		authorization: entry.headers.authorization,
	}));
}

/** Expected requests, one `limit` per page; every page after the first carries a cursor. */
function pagesOf(...limits: number[]) {
	return limits.map((limit, index) => ({
		method: 'GET',
		path: '/v1/system-keys',
		limit: String(limit),
		cursor: index > 0,
		authorization: basicOf(emu),
	}));
}

it('returns every key with Return All, following the cursor over three pages', async () => {
	const { items, error } = await runSystemKey(emu, 'getMany', { returnAll: true });

	expect(error).toBeUndefined();
	expect(pages()).toEqual(pagesOf(1000, 1000, 1000));
	expect(items.map((item) => item.json.id)).toEqual(allIds);
	expect(items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
	expect(items.some((item) => 'secret' in item.json)).toBe(false);
});

it.each([
	{ limit: 7, pageLimits: [7] },
	{ limit: 1000, pageLimits: [1000] },
	{ limit: 1001, pageLimits: [1000, 1] },
	{ limit: 2001, pageLimits: [1000, 1000, 1] },
])('returns exactly $limit keys with Limit $limit', async ({ limit, pageLimits }) => {
	const { items, error } = await runSystemKey(emu, 'getMany', { returnAll: false, limit });

	expect(error).toBeUndefined();
	expect(pages()).toEqual(pagesOf(...pageLimits));
	expect(items.map((item) => item.json.id)).toEqual(allIds.slice(0, limit));
});

it('returns every key when the limit is larger than the list', async () => {
	const { items } = await runSystemKey(emu, 'getMany', { returnAll: false, limit: 5000 });

	expect(pages()).toEqual(pagesOf(1000, 1000, 1000));
	expect(items).toHaveLength(KEY_COUNT);
});

it('returns one item per key for each input item, paired with it', async () => {
	const { items } = await runSystemKey(
		emu,
		'getMany',
		{ returnAll: false, limit: 3 },
		{ inputItems: [{}, {}] },
	);

	expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
		[allIds[0], { item: 0 }],
		[allIds[1], { item: 0 }],
		[allIds[2], { item: 0 }],
		[allIds[0], { item: 1 }],
		[allIds[1], { item: 1 }],
		[allIds[2], { item: 1 }],
	]);
});
