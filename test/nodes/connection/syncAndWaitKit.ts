/**
 * Shared setup of the Sync and Wait / Check Freshness workflow tests.
 *
 * `linkTransportTime` ties the node's clock to the emulator's: the transport runtime's `now` reads
 * the emulator clock (manual mode) and its `sleep` advances it instead of sleeping. The poll
 * loop, the transport's back-off and Retry-After waits all go through that runtime, so a
 * five-minute sync polled every 30 s is exactly ten polls, in milliseconds of real time.
 *
 * With several items waiting at once, sleeps meet at a barrier: the clock moves when the
 * expected number of loops is asleep (to the earliest wake-up), as time passes for all of them
 * together. Without that, each loop's sleep would add up and concurrency would look sequential.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { transportRuntime } from '../../../nodes/shared/transport';
import type { Emulator, LoggedRequest } from '../../emulator';
import { scriptSync, type SyncScript } from '../../emulator/sync';
import {
	byId,
	startConnectionKit,
	type ConnectionKit,
	type RunOptions,
	type RunResult,
} from './kit';

export const MINUTE = 60_000;

export interface LinkedTime {
	/** Every sleep the node asked for, in ms. */
	sleeps: number[];
	/**
	 * How many loops sleep at once (default 1); the clock moves when all of them sleep. It must
	 * match the test (e.g. the concurrency, with syncs of equal length): a barrier that never
	 * fills holds the test until jest's timeout. No real-time fallback, so no flakiness under load.
	 */
	expectSleepers(count: number): void;
	/** Runs `action` when the node starts its `count`-th sleep (e.g. to inject faults mid-wait). */
	onSleep(count: number, action: () => void): void;
	restore(): void;
}

interface Sleeper {
	wake: number;
	resolve: () => void;
}

export function linkTransportTime(emu: Emulator): LinkedTime {
	const sleeps: number[] = [];
	let expected = 1;
	let waiting: Sleeper[] = [];
	const actions = new Map<number, () => void>();

	const flush = async () => {
		if (waiting.length === 0) return;
		const wake = Math.min(...waiting.map((sleeper) => sleeper.wake));
		const now = emu.clock.now();
		if (wake > now) await emu.clock.advance(wake - now);
		const due = waiting.filter((sleeper) => sleeper.wake <= emu.clock.now());
		waiting = waiting.filter((sleeper) => sleeper.wake > emu.clock.now());
		for (const sleeper of due) sleeper.resolve();
	};

	const spies = [
		jest.spyOn(transportRuntime, 'now').mockImplementation(() => emu.clock.now()),
		jest.spyOn(transportRuntime, 'random').mockImplementation(() => 0.5),
		jest.spyOn(transportRuntime, 'sleep').mockImplementation(
			async (ms: number) =>
				await new Promise<void>((resolve) => {
					sleeps.push(ms);
					actions.get(sleeps.length)?.();
					waiting.push({ wake: emu.clock.now() + ms, resolve });
					if (waiting.length >= expected) void flush();
				}),
		),
	];
	return {
		sleeps,
		expectSleepers: (count) => {
			expected = count;
		},
		onSleep: (count, action) => {
			actions.set(count, action);
		},
		restore: () => spies.forEach((spy) => spy.mockRestore()),
	};
}

/** The requests of the last run as "METHOD /path" lines (query left out), in order. */
export function requestLines(kit: ConnectionKit, id?: string): string[] {
	return kit
		.requests()
		.filter((request) => id === undefined || request.path.includes(`/${id}`))
		.map((request) => `${request.method} ${request.path}`);
}

/** The requests one connection's wait makes: `polls` history reads between trigger and result. */
export function historyWait(id: string, polls: number, trigger = 'sync'): string[] {
	const base = `/v1/connections/${id}`;
	return [
		`GET ${base}`,
		`GET ${base}/sync-history`,
		`POST ${base}/${trigger}`,
		...Array<string>(polls).fill(`GET ${base}/sync-history`),
		`GET ${base}`,
	];
}

export interface WaitKit {
	kit: ConnectionKit;
	time: LinkedTime;
	/** A new connection (optionally with the next syncs scripted); returns its id. */
	connection(overrides?: IDataObject, scripts?: SyncScript | SyncScript[]): Promise<string>;
	/** Runs Sync and Wait (or another operation) on one connection. */
	wait(
		id: string,
		parameters?: INodeParameters,
		options?: RunOptions & { operation?: string },
	): Promise<RunResult>;
	requests(): LoggedRequest[];
}

export function waitKit(kit: ConnectionKit, time: LinkedTime): WaitKit {
	return {
		kit,
		time,
		requests: () => kit.requests(),
		async connection(overrides = {}, scripts) {
			const id = String((await kit.createConnection(overrides)).id);
			if (scripts !== undefined) scriptSync(kit.emu.state, id, scripts);
			return id;
		},
		async wait(id, parameters = {}, options = {}) {
			return await kit.run(
				options.operation ?? 'syncAndWait',
				{ connectionId: byId(id), pollInterval: 30, ...parameters },
				options,
			);
		},
	};
}

/**
 * The jest hooks of a wait test file: one emulator per file, a linked clock and no leftover
 * faults or forced rate limits per test. Returns the current test's kit.
 */
export function useWaitKit(): () => WaitKit {
	let kit: ConnectionKit | undefined;
	let current: WaitKit | undefined;
	beforeAll(async () => {
		kit = await startConnectionKit();
	});
	afterAll(async () => await kit?.close());
	beforeEach(() => {
		if (kit === undefined) throw new Error('the emulator did not start');
		kit.emu.faults.clear();
		kit.emu.rateLimits.reset();
		current = waitKit(kit, linkTransportTime(kit.emu));
	});
	afterEach(() => current?.time.restore());
	return () => {
		if (current === undefined) throw new Error('useWaitKit() is for use inside tests');
		return current;
	};
}
