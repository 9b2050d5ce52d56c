/**
 * The route tests' view of testUtils.call: `api(method, path, body)` answering only the status
 * and the parsed envelope, so a whole answer can be compared with `toEqual`.
 */
import { startEmulator, type Emulator, type EmulatorOptions } from './index';
import { call, type Credentials, type Envelope, type Item } from './testUtils';

/** `data` of any answer: a record, or a list page. */
export type AnyData = Item & { items?: Item[]; next_cursor?: string };

export interface ApiAnswer {
	status: number;
	body: Envelope<AnyData>;
}

export type ApiCall = (method: string, path: string, body?: unknown) => Promise<ApiAnswer>;

/** A client for `emu`, as the administrator unless other credentials are given. */
export function apiClient(emu: Emulator, as?: Credentials): ApiCall {
	return async (method, path, body) => {
		const answer = await call<AnyData>(emu, method, path, { body, as });
		return { status: answer.status, body: answer.body };
	};
}

/** An emulator on a free port with a manual clock, plus a client with the admin user key. */
export async function startTestEmulator(
	options: EmulatorOptions = {},
): Promise<{ emu: Emulator; api: ApiCall }> {
	const emu = await startEmulator({ port: 0, clock: { mode: 'manual' }, ...options });
	return { emu, api: apiClient(emu) };
}
