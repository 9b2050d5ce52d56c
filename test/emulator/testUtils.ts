/**
 * Helpers for tests that talk to the emulator over real HTTP.
 *
 *   const emu = await startEmulator();
 *   const { status, body } = await call(emu, 'GET', '/v1/users');
 */
import type { Emulator } from './index';

export interface Credentials {
	apiKey: string;
	apiSecret: string;
}

export interface CallOptions {
	/** Sent as JSON with `Content-Type: application/json`. */
	body?: unknown;
	/** Sent as is, with no Content-Type unless given in `headers`. */
	rawBody?: string;
	headers?: Record<string, string>;
	/** Default: the administrator's key; `null` sends no Authorization header. */
	as?: Credentials | null;
}

/** A record as the API returns it. */
export type Item = Record<string, unknown>;

/** A list answer's `data`. */
export interface Page<T = Item> {
	items: T[];
	next_cursor?: string;
}

/** A parsed envelope; `T` is what the test expects in `data`. */
export interface Envelope<T = Item> {
	code?: string;
	message?: string;
	data?: T;
}

export interface CallResult<T = Item> {
	status: number;
	headers: Headers;
	body: Envelope<T>;
	text: string;
}

export function basicHeader({ apiKey, apiSecret }: Credentials): string {
	return `Basic ${Buffer.from(`${apiKey}:${apiSecret}`, 'utf8').toString('base64')}`;
}

export async function call<T = Item>(
	emu: Emulator,
	method: string,
	path: string,
	options: CallOptions = {},
): Promise<CallResult<T>> {
	const headers: Record<string, string> = {};
	const credentials = options.as === undefined ? emu : options.as;
	if (credentials) headers.authorization = basicHeader(credentials);
	let body: string | undefined = options.rawBody;
	if (options.body !== undefined) {
		body = JSON.stringify(options.body);
		headers['content-type'] = 'application/json';
	}
	const response = await fetch(emu.baseUrl + path, {
		method,
		headers: { ...headers, ...options.headers },
		body,
	});
	const text = await response.text();
	let parsed: Envelope<T> = {};
	try {
		parsed = JSON.parse(text) as Envelope<T>;
	} catch {
		// Non-JSON answers (faults) are checked through `text`.
	}
	return { status: response.status, headers: response.headers, body: parsed, text };
}

/** Every item of a list endpoint, following `next_cursor`. */
export async function listAll<T = Item>(
	emu: Emulator,
	path: string,
	limit: number,
	as?: Credentials,
): Promise<T[]> {
	const items: T[] = [];
	let cursor: string | undefined;
	do {
		const separator = path.includes('?') ? '&' : '?';
		const query = `limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
		const { status, body } = await call<Page<T>>(emu, 'GET', `${path}${separator}${query}`, { as });
		if (status !== 200 || !body.data)
			throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(body)}`);
		items.push(...body.data.items);
		cursor = body.data.next_cursor;
	} while (cursor);
	return items;
}
