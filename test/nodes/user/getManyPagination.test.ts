/**
 * Get Many across several pages: 2,345 users, Fivetran's page size at most 1,000. The node
 * asks each page for what is still missing, follows next_cursor and stops at Limit.
 */
import type { Emulator } from '../../emulator';
import { useEmulator } from '../../harness';
import { asSent, jsonOf, runUser } from './userTestKit';

const TOTAL_USERS = 2345;

let emu: Emulator;
let allUsers: ReturnType<typeof asSent>[];

// The seed always adds the account administrator: 2,344 more make 2,345.
useEmulator({ users: TOTAL_USERS - 1 }, (started) => {
	emu = started;
});

beforeAll(() => {
	allUsers = Array.from(emu.state.users.values()).map(asSent);
});

/** Per request: the page size asked for and whether a cursor was sent. */
function pagesRequested() {
	return emu.requestLog.entries.map((entry) => ({
		path: entry.path,
		limit: entry.query.limit,
		withCursor: entry.query.cursor !== undefined,
		authorization: entry.headers.authorization,
	}));
}

function page(limit: number, withCursor: boolean) {
	return {
		path: '/v1/users',
		limit: String(limit),
		withCursor,
		authorization: `Basic ${emu.apiKey}`,
	};
}

it('has the users it needs', () => {
	expect(allUsers).toHaveLength(TOTAL_USERS);
});

it('Return All follows the cursor across three pages and returns every user in order', async () => {
	const { items } = await runUser(emu, 'getMany', { returnAll: true });

	expect(pagesRequested()).toEqual([page(1000, false), page(1000, true), page(1000, true)]);
	expect(jsonOf(items)).toEqual(allUsers);
	expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
});

// Page sizes asked for, in order; every page after the first carries the cursor.
it.each([
	{ limit: 7, sizes: [7], label: 'smaller than a page' },
	{ limit: 1000, sizes: [1000], label: 'equal to a page' },
	{ limit: 1001, sizes: [1000, 1], label: 'one more than a page' },
	{ limit: 2001, sizes: [1000, 1000, 1], label: 'odd, over two pages' },
])('Limit $limit ($label) asks only for what is missing', async ({ limit, sizes }) => {
	const { items } = await runUser(emu, 'getMany', { returnAll: false, limit });

	expect(pagesRequested()).toEqual(sizes.map((size, index) => page(size, index > 0)));
	expect(jsonOf(items)).toEqual(allUsers.slice(0, limit));
});

it('Limit larger than the number of users returns them all and stops at the last page', async () => {
	const { items } = await runUser(emu, 'getMany', { returnAll: false, limit: 2999 });

	expect(pagesRequested()).toEqual([page(1000, false), page(1000, true), page(999, true)]);
	expect(items).toHaveLength(TOTAL_USERS);
});

it('Inactive Only reads every page and applies Limit to the inactive users', async () => {
	const inactive = allUsers.filter((user) => user.active === false);
	expect(inactive.length).toBeGreaterThan(3);

	const { items } = await runUser(emu, 'getMany', {
		returnAll: false,
		limit: 3,
		status: 'inactive',
	});

	expect(pagesRequested()).toEqual([page(1000, false), page(1000, true), page(1000, true)]);
	expect(jsonOf(items)).toEqual(inactive.slice(0, 3));
});
