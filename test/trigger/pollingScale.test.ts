/**
 * The polling trigger at scale, against the emulator's clock: 1,000 connections, 10 polls 15
 * minutes apart, scripted syncs between them (several per connection between two polls,
 * failures, reschedules, forced restarts, syncs running across polls, pauses and resumes).
 *
 * Every sync the emulator's history holds is emitted exactly once (sync_start and sync_end), in
 * order per connection; each poll sends one list request plus one history request per connection
 * whose sync fields moved, and nothing else.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import { createRng } from '../emulator/seed';
import type { ConnectionRecord } from '../emulator/state';
import { runningSyncId, scriptSync, setBroken, setPaused, startSync } from '../emulator/sync';
import { useEmulator } from '../harness';
import { PollingTriggerKit } from './pollingKit';

const MINUTE = 60_000;
const CONNECTIONS = 1000;
const POLLS = 10;
const STEPS_PER_INTERVAL = 5;
const STEP_MS = 3 * MINUTE;

let emu: Emulator;
useEmulator({ connections: CONNECTIONS }, (started) => {
	emu = started;
});

/** The fields a sync moves, as the emulator holds them (the test's own reading, not the node's). */
function syncFields(connection: ConnectionRecord): string {
	const { succeeded_at, failed_at } = connection;
	const { sync_state, rescheduled_for } = connection.status;
	return JSON.stringify([succeeded_at, failed_at, sync_state, rescheduled_for ?? null]);
}

const HISTORY_STATUS: Record<string, string> = { COMPLETED: 'SUCCESSFUL', FAILURE: 'FAILURE' };

/** One step of activity: each connection may start a sync, be forced to restart, pause or resume. */
function act(random: () => number, connections: ConnectionRecord[]): number {
	let started = 0;
	const now = emu.clock.now();
	for (const connection of connections) {
		const roll = random();
		const running = runningSyncId(emu.state, connection.id) !== undefined;
		if (connection.paused) {
			if (roll < 0.3) setPaused(emu.state, connection, false, now);
			continue;
		}
		if (roll < 0.02 && !running) {
			setPaused(emu.state, connection, true, now);
		} else if (roll < 0.03 && running) {
			startSync(emu.state, connection, now, { force: true });
			started += 1;
		} else if (roll < 0.2 && !running) {
			const kind = random();
			scriptSync(emu.state, connection.id, {
				durationMs: kind < 0.1 ? 20 * MINUTE : MINUTE,
				outcome: kind < 0.25 ? 'failure' : kind < 0.35 ? 'rescheduled' : 'success',
				rescheduleForMs: 2 * MINUTE,
			});
			startSync(emu.state, connection, now);
			started += 1;
		}
	}
	return started;
}

it('emits every sync of 1,000 connections exactly once over 10 polls, with one list request plus one history request per moved connection', async () => {
	const random = createRng(18);
	const connections = [...emu.state.connections.values()];
	for (const connection of connections) {
		connection.paused = false;
		connection.schedule_type = 'auto';
		setBroken(emu.state, connection.id, false);
		connection.status.sync_state = 'scheduled';
	}
	const kit = new PollingTriggerKit(emu, {
		scope: 'account',
		events: ['sync_start', 'sync_end', 'pause_connector', 'resume_connector'],
	});
	const activatedAt = emu.clock.now();
	const activation = await kit.poll();
	expect(activation.items).toEqual([]);
	expect(activation.requests.map((request) => request.path)).toEqual(['/v1/connections']);

	let fields = new Map(connections.map((c) => [c.id, syncFields(c)]));
	let paused = new Map(connections.map((c) => [c.id, c.paused]));
	const emitted: IDataObject[] = [];
	let syncsStarted = 0;
	const historyReadsPerPoll: number[] = [];
	/** The most syncs one connection ended between two polls. */
	let mostEndsBetweenPolls = 0;

	for (let poll = 1; poll <= POLLS; poll++) {
		for (let step = 0; step < STEPS_PER_INTERVAL; step++) {
			syncsStarted += act(random, connections);
			await emu.clock.advance(STEP_MS);
		}
		const moved = connections.filter((c) => fields.get(c.id) !== syncFields(c)).map((c) => c.id);
		const pauseChanges = connections.filter((c) => paused.get(c.id) !== c.paused);

		const { items, requests } = await kit.poll();

		const lists = requests.filter((request) => request.path === '/v1/connections');
		expect(lists).toHaveLength(1);
		expect(lists[0].query).toMatchObject({ limit: '1000' });
		const historyPaths = requests
			.filter((request) => request.path.endsWith('/sync-history'))
			.map((request) => request.path);
		expect(requests).toHaveLength(1 + historyPaths.length);
		expect(historyPaths.sort()).toEqual(
			moved.map((id) => `/v1/connections/${id}/sync-history`).sort(),
		);
		historyReadsPerPoll.push(historyPaths.length);
		expect(
			items
				.filter((item) => item.event === 'pause_connector' || item.event === 'resume_connector')
				.map((item) => `${String(item.event)} ${String(item.connectionId)}`)
				.sort(),
		).toEqual(
			pauseChanges
				.map((c) => `${c.paused ? 'pause_connector' : 'resume_connector'} ${c.id}`)
				.sort(),
		);
		emitted.push(...items);
		const ends = new Map<unknown, number>();
		for (const item of items.filter((i) => i.event === 'sync_end'))
			ends.set(item.connectionId, (ends.get(item.connectionId) ?? 0) + 1);
		mostEndsBetweenPolls = Math.max(mostEndsBetweenPolls, ...ends.values());
		fields = new Map(connections.map((c) => [c.id, syncFields(c)]));
		paused = new Map(connections.map((c) => [c.id, c.paused]));
	}

	// The truth: the emulator's history of every connection since activation.
	const expected: string[] = [];
	for (const connection of connections) {
		for (const entry of emu.state.syncHistory.get(connection.id) ?? []) {
			if (Date.parse(String(entry.start)) >= activatedAt)
				expected.push(`${connection.id} sync_start ${entry.sync_id} null`);
			if (entry.end !== null) {
				const status = HISTORY_STATUS[entry.status] ?? entry.status;
				expected.push(`${connection.id} sync_end ${entry.sync_id} ${status}`);
			}
		}
	}
	const actual = emitted
		.filter((item) => item.event === 'sync_start' || item.event === 'sync_end')
		.map(
			(item) =>
				`${String(item.connectionId)} ${String(item.event)} ${String(item.syncId)} ${String(item.status)}`,
		);
	// Exactly once each, and in order per connection (a stable sort by connection keeps it).
	const byConnection = (lines: string[]) =>
		[...lines].sort((a, b) => a.split(' ')[0].localeCompare(b.split(' ')[0]));
	expect(byConnection(actual)).toEqual(byConnection(expected));
	expect(new Set(actual).size).toBe(actual.length);

	// The scenario did what it claims.
	const statuses = new Set(actual.map((line) => line.split(' ')[3]));
	expect([...statuses].sort()).toEqual([
		'CANCELED',
		'FAILURE',
		'RESCHEDULED',
		'SUCCESSFUL',
		'null',
	]);
	expect(mostEndsBetweenPolls).toBeGreaterThanOrEqual(3);
	expect(syncsStarted).toBeGreaterThan(2000);
	// Cost: never close to one history read per connection.
	expect(Math.max(...historyReadsPerPoll)).toBeLessThan(CONNECTIONS);
	expect(Math.min(...historyReadsPerPoll)).toBeGreaterThan(0);
}, 120_000);
