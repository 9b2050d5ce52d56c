/**
 * Emulator fixtures shared by the workflow tests: one emulator per test file, the request log
 * read back in the shape tests compare, and the resource-locator value "By ID".
 */
import type { INodeParameters } from 'n8n-workflow';

import { startEmulator, type Emulator, type LoggedRequest, type SeedOptions } from '../emulator';
import { watchSecretsOf } from './secrets';

/**
 * One emulator for the whole test file (manual clock): started before the first test and handed
 * to `onStart`, closed after the last, its request log cleared before each test. Every run of
 * the Fivetran node is scanned for the secrets it knows (secrets.ts).
 */
export function useEmulator(seed: SeedOptions, onStart: (emu: Emulator) => void): void {
	let started: Emulator | undefined;
	let unwatch = () => {};
	beforeAll(async () => {
		started = await startEmulator({ port: 0, seed, clock: { mode: 'manual' } });
		unwatch = watchSecretsOf(started);
		onStart(started);
	});
	afterAll(async () => {
		unwatch();
		await started?.close();
	});
	beforeEach(() => {
		started?.requestLog.clear();
	});
}

/** A resource locator value in "By ID" mode, as the UI stores it. */
export function byId(value: string): INodeParameters {
	return { __rl: true, mode: 'id', value };
}

/** The only request logged since the last clear (the test fails when there were others). */
export function onlyLoggedRequest(emu: Emulator): LoggedRequest {
	expect(emu.requestLog.entries).toHaveLength(1);
	return emu.requestLog.entries[0];
}

/** What tests compare of one request; `authorization` is `Basic <key that authenticated>`. */
export interface RequestSummary extends Pick<
	LoggedRequest,
	'method' | 'path' | 'query' | 'body' | 'status'
> {
	authorization: string | undefined;
}

/** The only request logged since the last clear, in the shape tests compare. */
export function onlyRequest(emu: Emulator): RequestSummary {
	const entry = onlyLoggedRequest(emu);
	return {
		method: entry.method,
		path: entry.path,
		query: entry.query,
		body: entry.body,
		status: entry.status,
		authorization: entry.headers.authorization,
	};
}
