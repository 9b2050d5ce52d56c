/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * How many 1,000-item list pages per second the emulator serves (client in the same process,
 * so this includes the client's JSON parsing).
 *
 *   npx ts-node --transpile-only test/emulator/throughputProbe.ts [users=100000] [ms=2000]
 */
import { performance } from 'node:perf_hooks';

import { startEmulator, type Emulator } from './index';
import { basicHeader } from './testUtils';

export interface Throughput {
	pages: number;
	items: number;
	pagesPerSecond: number;
}

/** Pages through `path` (restarting at the end) for `durationMs`, 1,000 items a page. */
export async function measurePages(
	emu: Emulator,
	path: string,
	durationMs: number,
): Promise<Throughput> {
	const authorization = basicHeader(emu);
	const started = performance.now();
	let pages = 0;
	let items = 0;
	let cursor: string | undefined;
	while (performance.now() - started < durationMs) {
		const url = `${emu.baseUrl}${path}?limit=1000${cursor ? `&cursor=${cursor}` : ''}`;
		const response = await fetch(url, { headers: { authorization } });
		const body = (await response.json()) as { data: { items: unknown[]; next_cursor?: string } };
		pages += 1;
		items += body.data.items.length;
		cursor = body.data.next_cursor;
	}
	const seconds = (performance.now() - started) / 1000;
	return { pages, items, pagesPerSecond: pages / seconds };
}

async function main(): Promise<void> {
	const users = Number(process.argv[2] ?? 100_000);
	const durationMs = Number(process.argv[3] ?? 2_000);
	const emu = await startEmulator({ seed: { users } });
	emu.requestLog.enabled = false;
	try {
		const result = await measurePages(emu, '/v1/users', durationMs);
		console.log(
			`${result.pagesPerSecond.toFixed(0)} pages/s of 1,000 users (${result.items} items in ${durationMs} ms)`,
		);
	} finally {
		await emu.close();
	}
}

if (require.main === module) {
	main().catch((error: Error) => {
		console.error(error);
		process.exit(1);
	});
}
