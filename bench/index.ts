/* eslint-disable @n8n/community-nodes/no-restricted-globals, no-console -- test tooling: runs under Node, never shipped */
/**
 * `npm run bench [-- 1 2 4]`: runs the benchmarks (all, or the numbers given) against emulators
 * in their own processes, prints the table with each ratio beside its target, and writes
 * bench/results/<date>.json and latest.json. Every figure is a ratio of two things measured
 * side by side in the same run: absolute times on a shared machine are noise.
 */
import { emulatorCeilingBenchmark } from './emulatorCeiling';
import type { ResultRow } from './lib/measure';
import { benchFile } from './lib/paths';
import { buildReport, formatTable, writeReport } from './lib/report';
import { manyItemsBenchmark } from './manyItems';
import { returnAllBenchmark } from './returnAll';
import { syncAndWaitBenchmark } from './syncAndWait';
import { triggerBenchmark } from './trigger';

const MANY_ITEMS = { items: 2000, latencyMs: 20, concurrency: 20, sequentialItems: 100, rounds: 2 };

const PARAMETERS = {
	returnAll: { records: 100_000, rounds: 3 },
	manyItems: MANY_ITEMS,
	syncAndWait: { connections: 50, pollSeconds: 0.25, shortestSyncMs: 1000, longestSyncMs: 4000 },
	trigger: { events: 50_000, rounds: 3 },
	emulatorCeiling: {
		records: 100_000,
		smallGets: 5000,
		concurrency: MANY_ITEMS.concurrency,
		latencyMs: MANY_ITEMS.latencyMs,
	},
};

const BENCHMARKS: Record<string, () => Promise<ResultRow[]>> = {
	'1': async () => await returnAllBenchmark(PARAMETERS.returnAll),
	'2': async () => await manyItemsBenchmark(PARAMETERS.manyItems),
	'3': async () => await syncAndWaitBenchmark(PARAMETERS.syncAndWait),
	'4': async () => await triggerBenchmark(PARAMETERS.trigger),
	'5': async () => await emulatorCeilingBenchmark(PARAMETERS.emulatorCeiling),
};

/** A benchmark that broke still gets its line, so one failure never loses the other results. */
function failedRow(number: string, error: Error): ResultRow {
	console.error(error.stack ?? error.message);
	const reason = error.message.split('\n')[0];
	return {
		benchmark: `${number}.`,
		metric: '-',
		measured: Number.NaN,
		target: '-',
		detail: `failed: ${reason}`,
	};
}

async function main(selected: string[]): Promise<void> {
	const start = Date.now();
	const rows: ResultRow[] = [];
	for (const number of selected.length > 0 ? selected : Object.keys(BENCHMARKS)) {
		const run = BENCHMARKS[number];
		if (run === undefined)
			throw new Error(`No benchmark ${number}; choose from ${Object.keys(BENCHMARKS).join(', ')}`);
		console.log(`benchmark ${number}...`);
		rows.push(...(await run().catch((error: Error) => [failedRow(number, error)])));
	}
	const report = buildReport(PARAMETERS, rows, (Date.now() - start) / 1000);
	console.log(`\n${formatTable(rows)}\n`);
	const file = writeReport(benchFile('results'), report);
	console.log(
		`${report.machine.cores} cores, Node ${report.machine.node}; ${report.durationSeconds} s; written to ${file}`,
	);
}

main(process.argv.slice(2)).catch((error: Error) => {
	console.error(error.stack ?? error.message);
	process.exitCode = 1;
});
