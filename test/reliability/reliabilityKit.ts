/**
 * Helpers of the reliability tests: run any resource's operation against a connection kit's
 * emulator, and count what the emulator received.
 */
import { sleep, type IDataObject, type INodeParameters } from 'n8n-workflow';

import type { Emulator } from '../emulator';
import type { HttpMethod } from '../emulator/types';
import { runFivetranNode } from '../harness';
import type { ConnectionKit, RunResult } from '../nodes/connection/kit';

export interface RunOptions {
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
}

/** Runs `resource`/`operation` with the kit's credentials; the request log starts empty. */
export async function runResource(
	kit: ConnectionKit,
	resource: string,
	operation: string,
	parameters: INodeParameters,
	options: RunOptions = {},
): Promise<RunResult> {
	kit.emu.requestLog.clear();
	return await runFivetranNode({
		parameters: { resource, operation, ...parameters },
		credentials: kit.credentials,
		...options,
	});
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Requests the emulator logged with exactly this method and path (no prefix matches). */
export function requestsReceived(emu: Emulator, target: { method: string; path: string }): number {
	return emu.requestLog.count(
		target.method as HttpMethod,
		new RegExp(`^${escapeRegExp(target.path)}$`),
	);
}

/**
 * Waits (real time, at most `limitMs`) until the log holds `count` requests: a request the
 * client gave up on (Timeout) is logged only when the emulator answers it.
 */
export async function waitForLoggedRequests(
	emu: Emulator,
	count: number,
	limitMs = 3000,
): Promise<void> {
	for (let waited = 0; emu.requestLog.entries.length < count && waited < limitMs; waited += 10) {
		await sleep(10);
	}
}
