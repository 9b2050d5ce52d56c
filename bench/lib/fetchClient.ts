/**
 * The baselines: the plainest client of the API, Node's global `fetch` with the same Basic
 * header and Accept the node sends, and nothing else (no retries, no validation).
 */
import type { EmulatorAddress } from './remoteEmulator';

export interface RawClient {
	getJson(pathAndQuery: string): Promise<{ data?: { items?: unknown[]; next_cursor?: string } & Record<string, unknown> }>;
}

export function rawClient(emu: EmulatorAddress): RawClient {
	const headers = {
		authorization: `Basic ${Buffer.from(`${emu.apiKey}:${emu.apiSecret}`).toString('base64')}`,
		accept: 'application/json;version=2',
	};
	return {
		getJson: async (pathAndQuery) => {
			const response = await fetch(emu.baseUrl + pathAndQuery, { headers });
			if (!response.ok) throw new Error(`${pathAndQuery}: HTTP ${response.status}`);
			return (await response.json()) as Awaited<ReturnType<RawClient['getJson']>>;
		},
	};
}

/** Every record of a list, following next_cursor with `limit` per page. */
export async function fetchAllPages(client: RawClient, listPath: string, limit: number): Promise<unknown[]> {
	const records: unknown[] = [];
	let cursor: string | undefined;
	do {
		const query = `?limit=${limit}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
		const { data } = await client.getJson(listPath + query);
		for (const item of data?.items ?? []) records.push(item);
		cursor = data?.next_cursor;
	} while (cursor !== undefined);
	return records;
}

/** Runs `task(0..count-1)` with `concurrency` in flight: the baseline pool. */
export async function pool(count: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < count) await task(next++);
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
}
