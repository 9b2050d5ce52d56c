/**
 * Destination > Get Many: GET /v1/destinations with the version 2 Accept header, one item per
 * destination (secret config values masked by Fivetran), Return All and odd Limits across
 * Fivetran's 1,000-record pages, and the 401 / 403 a key without DESTINATION read gets.
 */
import type { Emulator } from '../../emulator';
import type { DestinationRecord } from '../../emulator/state';
import { addDestination, asSent, jsonOf, pairedOf, useEmulator } from '../group/kit';
import {
	addScopedKey,
	describeApiErrors,
	forbiddenCase,
	returnAll,
	runnerFor,
	unauthorizedCase,
} from '../kit';

const runDestination = runnerFor('destination');
const TOTAL = 1003;

let emu: Emulator;
let destinations: DestinationRecord[];
let groupReader: ReturnType<typeof addScopedKey>;

useEmulator({}, (started) => {
	emu = started;
	destinations = Array.from({ length: TOTAL }, () => addDestination(emu));
	// Reads groups but not destinations: Fivetran checks DESTINATION read for this list.
	groupReader = addScopedKey(emu, [{ resource_type: 'CONNECTOR', access_level: 'READ' }]);
});

/** A destination as the list answers it: Fivetran masks the password. */
function listed(destination: DestinationRecord) {
	return { ...asSent(destination), config: { ...destination.config, password: '******' } };
}

/** Per request: path, page size asked for, whether a cursor was sent, the Accept header. */
function pagesRequested() {
	return emu.requestLog.entries.map((entry) => ({
		path: entry.path,
		limit: entry.query.limit,
		withCursor: entry.query.cursor !== undefined,
		accept: entry.headers.accept,
	}));
}

function pages(sizes: number[]) {
	return sizes.map((size, index) => ({
		path: '/v1/destinations',
		limit: String(size),
		withCursor: index > 0,
		accept: 'application/json;version=2',
	}));
}

describe('Get Many', () => {
	it('Return All follows the cursor over both pages, one item per destination in order', async () => {
		const { items, error } = await runDestination(emu, 'getMany', { returnAll: true });

		expect(error).toBeUndefined();
		expect(pagesRequested()).toEqual(pages([1000, 1000]));
		expect(emu.requestLog.entries[0].headers.authorization).toBe(`Basic ${emu.apiKey}`);
		expect(jsonOf(items)).toEqual(destinations.map(listed));
		expect(pairedOf(items)).toEqual(destinations.map(() => ({ item: 0 })));
	});

	it.each([
		{ limit: 1, sizes: [1] },
		{ limit: 7, sizes: [7] },
		{ limit: 1001, sizes: [1000, 1] },
		{ limit: 2001, sizes: [1000, 1000] }, // more than there are,
	])('Limit $limit asks only for what is missing', async ({ limit, sizes }) => {
		const { items } = await runDestination(emu, 'getMany', { returnAll: false, limit });

		expect(pagesRequested()).toEqual(pages(sizes));
		expect(jsonOf(items)).toEqual(destinations.slice(0, limit).map(listed));
	});

	it('defaults to Limit 50', async () => {
		const { items } = await runDestination(emu, 'getMany', {});

		expect(pagesRequested()).toEqual(pages([50]));
		expect(items).toHaveLength(50);
	});
});

describeApiErrors(() => emu, runDestination, [
	unauthorizedCase('getMany', returnAll),
	forbiddenCase('getMany', returnAll, () => groupReader, 'DESTINATION_READ'),
]);
