/**
 * Test helpers for the connection, sync and metadata emulator tests: an emulator with one
 * group, a JSON client authenticated as the administrator, and a connection factory.
 */
import { startEmulator, type Emulator, type EmulatorOptions } from './index';
import type { JsonObject } from './types';

export interface ApiAnswer {
	status: number;
	body: {
		code: string;
		message?: string;
		data?: JsonObject & { items?: JsonObject[]; next_cursor?: string };
	};
}

export interface TestApi {
	emu: Emulator;
	groupId: string;
	call(method: string, path: string, body?: unknown): Promise<ApiAnswer>;
	/** Creates a connection (default: postgres, schema `pg_<n>`) and returns its data. */
	createConnection(overrides?: Record<string, unknown>): Promise<JsonObject>;
	close(): Promise<void>;
}

export async function startTestApi(options: EmulatorOptions = {}): Promise<TestApi> {
	const emu = await startEmulator({ clock: { mode: 'manual' }, ...options });
	const authorization = `Basic ${btoa(`${emu.apiKey}:${emu.apiSecret}`)}`;
	const call = async (method: string, path: string, body?: unknown): Promise<ApiAnswer> => {
		const response = await fetch(emu.baseUrl + path, {
			method,
			headers: {
				Authorization: authorization,
				Accept: 'application/json',
				'Content-Type': 'application/json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as ApiAnswer['body'] };
	};
	const group = await call('POST', '/v1/groups', { name: 'test_destination' });
	const groupId = String(group.body.data?.id);
	let created = 0;
	const createConnection = async (overrides: Record<string, unknown> = {}): Promise<JsonObject> => {
		created += 1;
		const answer = await call('POST', '/v1/connections', {
			group_id: groupId,
			service: 'postgres',
			config: { schema: `pg_${created}`, host: 'db.example.com', password: 'hunter2' },
			...overrides,
		});
		if (answer.status !== 201)
			throw new Error(`create failed: ${answer.status} ${JSON.stringify(answer.body)}`);
		return answer.body.data as JsonObject;
	};
	return { emu, groupId, call, createConnection, close: () => emu.close() };
}
