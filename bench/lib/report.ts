/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * The table `npm run bench` prints, and the JSON it writes to bench/results/<date>.json and
 * bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ResultRow } from './measure';

export interface BenchReport {
	date: string;
	machine: { cores: number; cpu: string; totalMemoryMb: number; node: string; platform: string };
	parameters: Record<string, unknown>;
	durationSeconds: number;
	rows: ResultRow[];
}

export function buildReport(
	parameters: Record<string, unknown>,
	rows: ResultRow[],
	durationSeconds: number,
): BenchReport {
	return {
		date: new Date().toISOString(),
		machine: {
			cores: os.cpus().length,
			cpu: os.cpus()[0]?.model ?? 'unknown',
			totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
			node: process.version,
			platform: `${os.platform()} ${os.arch()}`,
		},
		parameters,
		durationSeconds: Math.round(durationSeconds),
		rows,
	};
}

function verdict(row: ResultRow): string {
	if (Number.isNaN(row.measured)) return 'skipped';
	if (row.met === undefined) return '';
	return row.met ? 'yes' : 'NO';
}

/** A Markdown table: the same text goes to the terminal and into bench/README.md. */
export function formatTable(rows: ResultRow[]): string {
	const header = ['Benchmark', 'Metric', 'Measured', 'Target', 'Met', 'Figures'];
	const lines = rows.map((row) => [
		row.benchmark,
		row.metric,
		Number.isNaN(row.measured) ? '-' : `${row.measured}x`,
		row.target,
		verdict(row),
		row.detail,
	]);
	const toLine = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [toLine(header), toLine(header.map(() => '---')), ...lines.map(toLine)].join('\n');
}

/** Writes `<date>.json` and `latest.json`; returns the dated file's path. */
export function writeReport(directory: string, report: BenchReport): string {
	mkdirSync(directory, { recursive: true });
	const text = `${JSON.stringify(report, null, '\t')}\n`;
	const dated = path.join(directory, `${report.date.slice(0, 10)}.json`);
	writeFileSync(dated, text);
	writeFileSync(path.join(directory, 'latest.json'), text);
	return dated;
}
