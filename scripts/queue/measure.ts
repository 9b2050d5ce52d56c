/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * Measuring helpers: concurrent POSTs, every execution of a workflow (public API, paged), and
 * which worker ran which execution (each worker logs "Worker started execution <id>").
 */
import { readFileSync } from 'node:fs';

import type { N8nApi, N8nExecution } from '../lib/n8nApi';
import { pause } from '../lib/processes';
import type { ServiceProcess } from './cluster';

export interface PostOutcome {
	status: number;
	error?: string;
}

/** POSTs `bodies` to `url`, `concurrency` at a time; the outcome of each, in order. */
export async function postConcurrently(
	url: string,
	bodies: string[],
	concurrency: number,
	headersFor: (body: string, index: number) => Record<string, string>,
): Promise<PostOutcome[]> {
	const outcomes: PostOutcome[] = new Array(bodies.length);
	let next = 0;
	const lane = async () => {
		while (next < bodies.length) {
			const index = next++;
			const body = bodies[index];
			try {
				const response = await fetch(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...headersFor(body, index) },
					body,
					signal: AbortSignal.timeout(30_000),
				});
				await response.arrayBuffer();
				outcomes[index] = { status: response.status };
			} catch (error) {
				outcomes[index] = { status: 0, error: (error as Error).message };
			}
		}
	};
	await Promise.all(Array.from({ length: concurrency }, lane));
	return outcomes;
}

/** Status -> count, e.g. { "200": 500 }. */
export function countStatuses(outcomes: PostOutcome[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const { status } of outcomes) counts[status] = (counts[status] ?? 0) + 1;
	return counts;
}

export interface ExecutionRecord extends N8nExecution {
	startedAt?: string;
	stoppedAt?: string;
}

/** Every execution of the workflow (all pages of the public API). */
export async function allExecutions(
	api: N8nApi,
	workflowId: string,
	includeData: boolean,
): Promise<ExecutionRecord[]> {
	const executions: ExecutionRecord[] = [];
	let cursor: string | undefined;
	do {
		const query = `workflowId=${encodeURIComponent(workflowId)}&limit=250&includeData=${includeData}`;
		const page = await api.publicApi<{ data: ExecutionRecord[]; nextCursor?: string | null }>(
			'GET',
			`/executions?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
		);
		executions.push(...page.data);
		cursor = page.nextCursor ?? undefined;
	} while (cursor);
	return executions;
}

const SETTLED = (execution: ExecutionRecord) =>
	!['new', 'running', 'waiting'].includes(execution.status);

/**
 * Waits until `expected` executions are settled, then a little longer to see whether more
 * (duplicates) arrive; resolves to what is listed then (or at the time-out).
 */
export async function waitForSettled(
	api: N8nApi,
	workflowId: string,
	expected: number,
	timeoutMs: number,
): Promise<ExecutionRecord[]> {
	const deadline = Date.now() + timeoutMs;
	let executions = await allExecutions(api, workflowId, false);
	while (executions.filter(SETTLED).length < expected && Date.now() < deadline) {
		await pause(500);
		executions = await allExecutions(api, workflowId, false);
	}
	await pause(3_000); // late duplicates would show up now
	return await allExecutions(api, workflowId, true);
}

/** Execution id -> worker name, from the workers' logs. */
export function executionsByWorker(workers: ServiceProcess[]): Map<string, string> {
	const byExecution = new Map<string, string>();
	for (const worker of workers) {
		const log = readFileSync(worker.logFile, 'utf8');
		for (const match of log.matchAll(/Worker started execution (\d+)/g))
			byExecution.set(match[1], worker.name);
	}
	return byExecution;
}

/** Worker name -> how many of these executions it ran ("unknown" when no log names it). */
export function workerSplit(
	executions: ExecutionRecord[],
	workers: ServiceProcess[],
): Record<string, number> {
	const byExecution = executionsByWorker(workers);
	const split: Record<string, number> = Object.fromEntries(
		workers.map((worker) => [worker.name, 0]),
	);
	for (const execution of executions) {
		const worker = byExecution.get(String(execution.id)) ?? 'unknown';
		split[worker] = (split[worker] ?? 0) + 1;
	}
	return split;
}

/** Executions per second from the first request sent to the last execution stopped. */
export function executionsPerSecond(executions: ExecutionRecord[], startedAt: number): number {
	const lastStop = Math.max(
		...executions.map((execution) => Date.parse(execution.stoppedAt ?? '') || 0),
	);
	const seconds = (lastStop - startedAt) / 1000;
	return seconds > 0 ? Math.round((executions.length / seconds) * 10) / 10 : 0;
}

/** Median time from an execution's start to its stop, in ms. */
export function medianExecutionMs(executions: ExecutionRecord[]): number {
	const durations = executions
		.map(
			(execution) => Date.parse(execution.stoppedAt ?? '') - Date.parse(execution.startedAt ?? ''),
		)
		.filter((ms) => Number.isFinite(ms))
		.sort((a, b) => a - b);
	return durations.length === 0 ? 0 : durations[Math.floor(durations.length / 2)];
}

export function statusCounts(executions: ExecutionRecord[]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const { status } of executions) counts[status] = (counts[status] ?? 0) + 1;
	return counts;
}
