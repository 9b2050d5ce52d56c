/**
 * A fault on the POST that starts a sync or re-sync (issue 16, item 13). The POST is not
 * idempotent: a second one could start a second sync (or, with Force, cancel the first), so
 * after an answer that was lost it is never sent again and the error says the outcome is
 * unknown, whether or not Fivetran started the sync.
 */
import type { ConnectionKit } from './kit';
import { MINUTE, useWaitKit, type WaitKit } from './syncAndWaitKit';

const currentKit = useWaitKit();
let kit: ConnectionKit;
let w: WaitKit;

beforeEach(() => {
	w = currentKit();
	kit = w.kit;
});

const OUTCOME_UNKNOWN = /outcome of this request is unknown .*not sent again.*\[OutcomeUnknown\]$/;

describe.each([
	['syncAndWait', 'sync'],
	['resyncAndWait', 'resync'],
	['sync', 'sync'],
])('%s: a fault on POST .../%s', (operation, trigger) => {
	it.each([
		['a 502 after Fivetran started it', { kind: 'status', status: 502, when: 'after' }],
		['a 503 before it reached Fivetran', { kind: 'status', status: 503, when: 'before' }],
		['a connection reset after Fivetran started it', { kind: 'reset', when: 'after' }],
	] as const)('%s: sent once, outcome unknown', async (_label, fault) => {
		const id = await w.connection({}, { durationMs: 5 * MINUTE });
		const path = `/v1/connections/${id}/${trigger}`;
		kit.emu.faults.add({ ...fault, method: 'POST', path });

		const result = await w.wait(id, {}, { operation });

		expect(kit.requests().filter((request) => request.method === 'POST')).toHaveLength(1);
		expect(result.items).toHaveLength(0);
		expect(result.error?.message).toMatch(OUTCOME_UNKNOWN);
		expect(result.error?.description).toMatch(/sync history/);
	});
});
