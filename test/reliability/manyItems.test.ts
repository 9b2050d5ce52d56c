/**
 * 10,000 input items through Connection Get against the emulator: every item gets its record,
 * paired, and the heap grows by what the output needs, not by a request or a promise per item
 * held at once. 10,000 real HTTP exchanges through n8n-core's request helper (axios, a new
 * connection each) cost about 18 s of CPU: the suite's slowest test, in a file of its own.
 */
import { byId } from '../harness';
import { startConnectionKit, type ConnectionKit } from '../nodes/connection/kit';
import { heapUsedMb } from './heap';
import { runResource } from './reliabilityKit';

const ITEMS = 10_000;

let kit: ConnectionKit;
let connectionId: string;

beforeAll(async () => {
	kit = await startConnectionKit();
	connectionId = String((await kit.createConnection()).id);
	// The log would keep 10,000 entries and blur the heap figure; the rate-limit window counts.
	kit.emu.requestLog.enabled = false;
});
afterAll(async () => await kit.close());

/** Requests the account-wide rate-limit window has counted (the emulator clock stands still). */
function requestsCounted(): number {
	const headers = kit.emu.rateLimits.headers(kit.emu.clock.now());
	return Number(headers['X-Rate-Limit']) - Number(headers['X-Rate-Limit-Remaining']);
}

it(`runs Connection Get for ${ITEMS} items with bounded memory`, async () => {
	const before = heapUsedMb();
	const countedBefore = requestsCounted();

	const result = await runResource(
		kit,
		'connection',
		'get',
		{ connectionId: byId(connectionId), requestOptions: { concurrency: 20 } },
		{ inputItems: Array.from({ length: ITEMS }, () => ({})) },
	);

	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(ITEMS);
	expect(result.items[ITEMS - 1]).toMatchObject({
		json: { id: connectionId },
		pairedItem: { item: ITEMS - 1 },
	});
	expect(requestsCounted() - countedBefore).toBe(ITEMS);
	// Generous: the output itself is 10,000 connection records (a few MB); a leak per request or
	// state per item kept would show far beyond this.
	expect(heapUsedMb() - before).toBeLessThan(400);
}, 300_000);
