/**
 * What the System Key workflow tests share: an emulator per test file, a runner that fills in
 * the resource and the credential, and assertions on the requests the emulator saw.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { startEmulator, type Emulator, type LoggedRequest, type SeedOptions } from '../../emulator';
import { runFivetranNode } from '../../harness';

export type { Emulator };

export interface KeyPair {
	apiKey: string;
	apiSecret: string;
}

/**
 * One emulator for the whole test file: started before the first test (then handed to
 * `onStart`), closed after the last, its request log cleared before each test.
 */
export function useSystemKeyEmulator(seed: SeedOptions, onStart: (emu: Emulator) => void): void {
	let emu: Emulator | undefined;
	beforeAll(async () => {
		emu = await startEmulator({ port: 0, seed, clock: { mode: 'manual' } });
		onStart(emu);
	});
	afterAll(async () => {
		await emu?.close();
	});
	beforeEach(() => emu?.requestLog.clear());
}

export interface RunOptions {
	/** Another key pair than the emulator's Account Administrator key. */
	keyPair?: KeyPair;
	/** The JSON of each input item (default: one empty item). */
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
}

/** Runs the Fivetran node on the System Key resource against the emulator. */
export async function runSystemKey(
	emu: Emulator,
	operation: string,
	parameters: Record<string, unknown>,
	options: RunOptions = {},
) {
	const keyPair = options.keyPair ?? { apiKey: emu.apiKey, apiSecret: emu.apiSecret };
	return await runFivetranNode({
		parameters: { resource: 'systemKey', operation, ...parameters } as INodeParameters,
		credentials: { ...keyPair, baseUrl: emu.baseUrl },
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
	});
}

/** A resource locator value "By ID". */
export function byId(id: string) {
	return { __rl: true, mode: 'id', value: id };
}

/** The Basic header as the request log shows it: the key that authenticated, never the secret. */
export function basicOf(keyPair: { apiKey: string }): string {
	return `Basic ${keyPair.apiKey}`;
}

/** The only request logged since the last clear, with the parts tests assert on. */
export function onlyRequest(emu: Emulator): Pick<LoggedRequest, 'method' | 'path' | 'query' | 'body' | 'status'> & {
	authorization: string | undefined;
} {
	expect(emu.requestLog.entries).toHaveLength(1);
	const [entry] = emu.requestLog.entries;
	return {
		method: entry.method,
		path: entry.path,
		query: entry.query,
		body: entry.body,
		status: entry.status,
		authorization: entry.headers.authorization,
	};
}

/** The first seeded (or created) system key in the emulator's state. */
export function firstKey(emu: Emulator) {
	const [key] = emu.state.systemKeys.values();
	if (key === undefined) throw new Error('the emulator holds no system key');
	return key;
}
