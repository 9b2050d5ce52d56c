/**
 * The Fivetran API emulator: `const emu = await startEmulator(); ... await emu.close();`
 * API paths are `emu.baseUrl + '/v1/...'`, authenticated with `emu.apiKey` / `emu.apiSecret`
 * (the Account Administrator's user key).
 */
import { Clock, type ClockOptions } from './clock';
import { Faults } from './faults';
import type { Pipeline } from './pipeline';
import { RateLimits } from './rateLimits';
import { RequestLog } from './requestLog';
import { Router } from './router';
import { routes, tickers } from './routes';
import { addUserKey, seedConnectionsLazily, seedState, type SeedOptions } from './seed';
import { delay, startServer } from './server';
import { EmulatorState } from './state';

export type { ClockOptions } from './clock';
export type { FaultSpec } from './faults';
export type { LoggedRequest } from './requestLog';
export type { SeedOptions } from './seed';
export { Clock } from './clock';
export { EmulatorState } from './state';
export { Faults } from './faults';
export { RateLimits } from './rateLimits';
export { RequestLog } from './requestLog';
export { visible } from './permissions';

export interface EmulatorOptions {
	/** Default 0: a free port. */
	port?: number;
	/** Default 127.0.0.1. */
	host?: string;
	seed?: SeedOptions;
	/** Default: manual, starting 2026-01-01T00:00:00Z. */
	clock?: ClockOptions;
	/** Refuse `http://` webhook URLs even on loopback hosts. */
	strictWebhookUrls?: boolean;
	/** Real-time delay added to every answer (benchmarks use 20 ms). */
	latencyMs?: number;
}

export interface Emulator {
	/** e.g. `http://127.0.0.1:34567`. */
	baseUrl: string;
	apiKey: string;
	apiSecret: string;
	adminUserId: string;
	state: EmulatorState;
	clock: Clock;
	faults: Faults;
	rateLimits: RateLimits;
	requestLog: RequestLog;
	/** Changes the real-time latency added to every answer. */
	setLatency(ms: number): void;
	/** A user key for a (non-admin) user: calls are then scoped by that user's role. */
	createUserKey(userId: string): { apiKey: string; apiSecret: string };
	close(): Promise<void>;
}

const running = new Set<Emulator>();

/** Every emulator of this process that is started and not closed (the harness's contract check). */
export function runningEmulators(): Emulator[] {
	return [...running];
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const state = new EmulatorState();
	state.webhookSettings.strictUrls = options.strictWebhookUrls ?? false;
	const clock = new Clock(async (now) => {
		for (const ticker of tickers) await ticker(state, now);
	}, options.clock);
	const seedOptions = options.seed ?? {};
	const seeded = seedState(state, seedOptions, clock.now());
	await seedConnectionsLazily(state, seedOptions.connections ?? 0, seeded.rng, clock.now());

	const pipeline: Pipeline = {
		state,
		router: new Router(routes),
		clock,
		faults: new Faults(),
		rateLimits: new RateLimits(),
		requestLog: new RequestLog(),
		latencyMs: options.latencyMs ?? 0,
		sleep: delay,
	};
	const server = await startServer(pipeline, options.port ?? 0, options.host ?? '127.0.0.1');
	const emulator: Emulator = {
		baseUrl: server.baseUrl,
		apiKey: seeded.apiKey,
		apiSecret: seeded.apiSecret,
		adminUserId: seeded.adminUserId,
		state,
		clock,
		faults: pipeline.faults,
		rateLimits: pipeline.rateLimits,
		requestLog: pipeline.requestLog,
		setLatency: (ms) => {
			pipeline.latencyMs = ms;
		},
		createUserKey: (userId) => {
			if (!state.users.has(userId)) throw new Error(`No emulated user with id '${userId}'`);
			return addUserKey(state, userId, seeded.rng);
		},
		close: async () => {
			running.delete(emulator);
			await server.close();
		},
	};
	running.add(emulator);
	return emulator;
}
