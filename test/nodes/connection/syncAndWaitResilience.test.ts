/**
 * Sync and Wait when the API misbehaves: transient 503s, 429s and resets while waiting are
 * retried (they are not a sync failure), and a sync history that answers 404 falls back to the
 * succeeded_at / failed_at baseline.
 */
import { historyOf } from '../../emulator/sync';
import type { ConnectionKit } from './kit';
import { historyWait, MINUTE, requestLines, useWaitKit, type WaitKit } from './syncAndWaitKit';

const currentKit = useWaitKit();
let kit: ConnectionKit;
let w: WaitKit;

beforeEach(() => {
	w = currentKit();
	kit = w.kit;
});

const HISTORY = /\/sync-history$/;

/** Inserts `extra` retries of the `pollNumber`-th history poll of a wait into its request lines. */
function withRetries(lines: string[], id: string, pollNumber: number, extra: number): string[] {
	const poll = `GET /v1/connections/${id}/sync-history`;
	// lines[1] is the baseline read, lines[2] the POST; polls start at index 3.
	const at = 3 + pollNumber - 1;
	return [...lines.slice(0, at), ...Array<string>(extra).fill(poll), ...lines.slice(at)];
}

describe('Sync and Wait: transient errors while waiting', () => {
	it('retries 503s during a poll; the sync still succeeds', async () => {
		const id = await w.connection({}, { durationMs: 5 * MINUTE });
		w.time.onSleep(3, () =>
			kit.emu.faults.add({ method: 'GET', path: HISTORY, kind: 'status', status: 503, times: 2 }),
		);
		const result = await w.wait(id);
		expect(requestLines(kit)).toEqual(withRetries(historyWait(id, 10), id, 3, 2));
		expect(kit.requests().filter((request) => request.status === 503)).toHaveLength(2);
		// Two back-offs (375 ms, 750 ms with random 0.5) inside one poll; the next poll keeps
		// to the 30 s cadence, so it sleeps only what is left of its interval.
		expect(w.time.sleeps.filter((ms) => ms !== 30_000)).toEqual([375, 750, 30_000 - 375 - 750]);
		expect(result.items[0].json.status).toBe('succeeded');
	});

	it('waits out 429s for their Retry-After and a connection reset, without a busy loop', async () => {
		const id = await w.connection({}, { durationMs: 5 * MINUTE });
		w.time.onSleep(2, () =>
			kit.emu.rateLimits.force(2, { method: 'GET', path: HISTORY, retryAfter: 7 }),
		);
		w.time.onSleep(5, () => kit.emu.faults.add({ method: 'GET', path: HISTORY, kind: 'reset' }));
		const result = await w.wait(id);
		const expected = withRetries(withRetries(historyWait(id, 10), id, 5, 1), id, 2, 2);
		expect(requestLines(kit)).toEqual(expected);
		expect(kit.requests().filter((request) => request.status === 429)).toHaveLength(2);
		// Retry-After waits and the reset's back-off happen inside polls; the poll after each
		// keeps to the 30 s cadence (30 - 14 = 16 s, 30 - 0.375 = 29.625 s).
		expect(w.time.sleeps.filter((ms) => ms !== 30_000)).toEqual([
			7_000, 7_000, 16_000, 375, 29_625,
		]);
		expect(result.items[0].json.status).toBe('succeeded');
	});

	it('treats a poll that still fails after all retries as missed and polls again', async () => {
		const id = await w.connection({}, { durationMs: 5 * MINUTE });
		// Four failures exhaust one poll (1 + Max Retries 3); the fifth hits the next poll.
		w.time.onSleep(3, () =>
			kit.emu.faults.add({ method: 'GET', path: HISTORY, kind: 'status', status: 503, times: 5 }),
		);
		const result = await w.wait(id);
		expect(result.error).toBeUndefined();
		const base = `/v1/connections/${id}`;
		const polls = requestLines(kit).filter((line) => line === `GET ${base}/sync-history`);
		// Baseline + 10 polls + 3 retries of the missed poll + 1 retry of the next one.
		expect(polls).toHaveLength(1 + 10 + 3 + 1);
		expect(requestLines(kit)).toHaveLength(polls.length + 3);
		expect(result.items[0].json).toMatchObject({ status: 'succeeded', durationSeconds: 300 });
	});

	it('names the last transient error when the timeout comes first', async () => {
		const id = await w.connection({}, { durationMs: 60 * MINUTE });
		w.time.onSleep(1, () =>
			kit.emu.faults.add({
				method: 'GET',
				path: HISTORY,
				kind: 'status',
				status: 503,
				times: 1000,
			}),
		);
		const result = await w.wait(id, { timeout: 1, pollInterval: 30 }, { continueOnFail: true });
		const lines = requestLines(kit);
		// Two polls of four attempts each fit in the minute; then one read for the details.
		expect(lines.filter((line) => line.endsWith('/sync-history'))).toHaveLength(1 + 2 * 4);
		expect(lines).toHaveLength(3 + 2 * 4 + 1);
		expect(result.items[0].json.error).toMatch(
			/^Timed out after 1 min .*; last API error while polling: Fivetran: Internal server error/,
		);
	});
});

describe('Sync and Wait: sync history answers 404 (timestamp fallback)', () => {
	/** The requests of a fallback wait: polls read the connection. */
	function timestampWait(id: string, polls: number): string[] {
		const base = `/v1/connections/${id}`;
		return [
			`GET ${base}`,
			`GET ${base}/sync-history`,
			`POST ${base}/sync`,
			...Array<string>(polls).fill(`GET ${base}`),
		];
	}

	beforeEach(() => {
		kit.emu.faults.add({ method: 'GET', path: HISTORY, kind: 'status', status: 404, times: 1000 });
	});

	it('detects completion by succeeded_at moving past the baseline', async () => {
		const id = await w.connection({}, { durationMs: 5 * MINUTE });
		const start = kit.emu.clock.now();
		const result = await w.wait(id);
		expect(requestLines(kit)).toEqual(timestampWait(id, 10));
		// The fallback says so (detectedBy) and knows only when the sync ended.
		expect(result.items[0].json).toMatchObject({
			status: 'succeeded',
			syncId: null,
			startedAt: null,
			finishedAt: new Date(start + 5 * MINUTE).toISOString(),
			durationSeconds: null,
			detectedBy: 'timestamps',
			syncStatus: null,
			reason: null,
			extractVolumeMb: null,
			processVolumeMb: null,
			loadVolumeMb: null,
		});
	});

	it('never returns the previous sync: back to back, then a failure', async () => {
		const id = await w.connection({}, [
			{ durationMs: MINUTE },
			{ durationMs: 3 * MINUTE, outcome: 'failure' },
		]);
		expect((await w.wait(id)).items[0].json.status).toBe('succeeded');
		const second = await w.wait(id, {}, { continueOnFail: true });
		expect(requestLines(kit)).toEqual(timestampWait(id, 6));
		expect(second.items[0].json).toMatchObject({
			error: `The sync of connection '${id}' failed: reconnect: Reconnect`,
			syncId: null,
		});
		expect(historyOf(kit.emu.state, id).map((entry) => entry.status)).toEqual([
			'COMPLETED',
			'FAILURE',
		]);
	});

	it('waits for an already running sync by timestamps too', async () => {
		const id = await w.connection({}, { durationMs: 4 * MINUTE });
		await kit.call('POST', `/v1/connections/${id}/sync`, {});
		const result = await w.wait(id);
		const base = `/v1/connections/${id}`;
		expect(requestLines(kit)).toEqual([
			`GET ${base}`,
			`GET ${base}/sync-history`,
			...Array<string>(8).fill(`GET ${base}`),
		]);
		expect(result.items[0].json).toMatchObject({ triggered: false, detectedBy: 'timestamps' });
	});
});
