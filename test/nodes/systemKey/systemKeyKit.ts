/**
 * What the System Key workflow tests share: a runner that fills in the resource and the
 * credential, and key fixtures. The emulator fixture, `byId` and `onlyRequest` come from the
 * harness.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { runFivetranNode } from '../../harness';

export type { Emulator };

export interface KeyPair {
	apiKey: string;
	apiSecret: string;
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

/** The Basic header as the request log shows it: the key that authenticated, never the secret. */
export function basicOf(keyPair: { apiKey: string }): string {
	return `Basic ${keyPair.apiKey}`;
}

/** The first seeded (or created) system key in the emulator's state. */
export function firstKey(emu: Emulator) {
	const [key] = emu.state.systemKeys.values();
	if (key === undefined) throw new Error('the emulator holds no system key');
	return key;
}
