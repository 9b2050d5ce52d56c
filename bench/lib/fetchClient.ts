/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * The baselines: the plainest client of the API, Node's global `fetch` with the same Basic
 * header and Accept the node sends, and nothing else (no retries, no validation). Plus
 * `getWithoutKeepAlive`: node:http with a new connection per request, which is what n8n's
 * request helper does (a new http.Agent per request), to tell that cost from the node's.
 */
import http from 'node:http';

import type { EmulatorAddress } from './remoteEmulator';

type Envelope = { data?: { items?: unknown[]; next_cursor?: string } & Record<string, unknown> };

export interface RawClient {
	getJson(pathAndQuery: string): Promise<Envelope>;
	getWithoutKeepAlive(pathAndQuery: string): Promise<Envelope>;
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
			return (await response.json()) as Envelope;
		},
		getWithoutKeepAlive: async (pathAndQuery) =>
			await new Promise<Envelope>((resolve, reject) => {
				const request = http.get(
					emu.baseUrl + pathAndQuery,
					{ headers, agent: false },
					(response) => {
						const chunks: Buffer[] = [];
						response.on('data', (chunk: Buffer) => chunks.push(chunk));
						response.on('end', () =>
							resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope),
						);
					},
				);
				request.on('error', reject);
			}),
	};
}

/** Every record of a list, following next_cursor with `limit` per page. */
export async function fetchAllPages(
	client: RawClient,
	listPath: string,
	limit: number,
): Promise<unknown[]> {
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
export async function pool(
	count: number,
	concurrency: number,
	task: (index: number) => Promise<unknown>,
): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < count) await task(next++);
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
}
