/**
 * Shared setup of the Connection workflow tests: one emulator per test file (with a group and
 * an API client from the emulator's own test kit), and a runner that executes the Fivetran
 * node for resource Connection through real n8n-core, starting with an empty request log.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { startTestApi, type TestApi } from '../../emulator/connectionsTestKit';
import type { EmulatorOptions, LoggedRequest } from '../../emulator';
import {
	byId,
	emulatorCredentials,
	onlyLoggedRequest,
	runFivetranNode,
	watchSecretsOf,
	type FivetranCredentials,
} from '../../harness';

export { byId };

export type RunResult = Awaited<ReturnType<typeof runFivetranNode>>;

export interface RunOptions {
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: FivetranCredentials;
}

export interface ConnectionKit extends TestApi {
	/** Runs operation `operation` of resource Connection with these parameters. */
	run(operation: string, parameters?: INodeParameters, options?: RunOptions): Promise<RunResult>;
	/** What the emulator received during the last `run`. */
	requests(): LoggedRequest[];
	credentials: FivetranCredentials;
}

export async function startConnectionKit(options: EmulatorOptions = {}): Promise<ConnectionKit> {
	const api = await startTestApi(options);
	const unwatch = watchSecretsOf(api.emu);
	const credentials = emulatorCredentials(api.emu);
	const run = async (
		operation: string,
		parameters: INodeParameters = {},
		options: RunOptions = {},
	) => {
		api.emu.requestLog.clear();
		return await runFivetranNode({
			parameters: { resource: 'connection', operation, ...parameters },
			credentials: options.credentials ?? credentials,
			inputItems: options.inputItems,
			continueOnFail: options.continueOnFail,
		});
	};
	const close = async () => {
		unwatch();
		await api.close();
	};
	return { ...api, close, credentials, run, requests: () => [...api.emu.requestLog.entries] };
}

/** The one request a single-item run sent: method, path, body, and the key that authenticated. */
export function onlyRequest(kit: ConnectionKit): LoggedRequest {
	const request = onlyLoggedRequest(kit.emu);
	expect(request.headers.authorization).toBe(`Basic ${kit.emu.apiKey}`);
	return request;
}

/** The one request of a single-item run as [method, path, body], its Basic header checked. */
export function sent(kit: ConnectionKit): [string, string, unknown] {
	const request = onlyRequest(kit);
	return [request.method, request.path, request.body];
}

/** The JSON of the output items, each checked to be paired with input item `pairedWith[i]`. */
export function outputJson(result: RunResult, pairedWith: number[] = [0]): IDataObject[] {
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.pairedItem)).toEqual(pairedWith.map((item) => ({ item })));
	return result.items.map((item) => item.json);
}
