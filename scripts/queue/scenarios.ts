/**
 * The three measurements of the queue-mode run (issue 11): the Fivetran node on both workers,
 * signed trigger deliveries through the webhook processor (none lost, none duplicated), and
 * bad signatures rejected there.
 */
import { signBody } from '../../test/emulator/webhookDelivery';
import type { Emulator } from '../../test/emulator';
import type { N8nApi } from '../lib/n8nApi';
import { productionWebhookUrl } from '../lib/workflowBuilder';
import type { QueueCluster } from './cluster';
import {
	countStatuses,
	executionsPerSecond,
	medianExecutionMs,
	postConcurrently,
	statusCounts,
	waitForSettled,
	workerSplit,
	type ExecutionRecord,
} from './measure';
import {
	NODE_WEBHOOK_PATH,
	NODE_WORKFLOW_ID,
	TRIGGER_NODE,
	TRIGGER_WEBHOOK_ID,
	TRIGGER_WORKFLOW_ID,
} from './workflows';

export const SIGNATURE_HEADER = 'x-fivetran-signature-256';

export interface ScenarioContext {
	cluster: QueueCluster;
	api: N8nApi;
	emu: Emulator;
}

export interface LoadResult {
	requests: number;
	concurrency: number;
	responses: Record<string, number>;
	executions: number;
	executionStatuses: Record<string, number>;
	executionsPerSecond: number;
	/** How long sending every request took (the webhook processor answers on receipt). */
	postingSeconds: number;
	medianExecutionMs: number;
	workerSplit: Record<string, number>;
	failures: string[];
}

function failureMessages(executions: ExecutionRecord[]): string[] {
	return executions
		.filter((execution) => execution.status !== 'success')
		.slice(0, 10)
		.map((execution) =>
			`execution ${execution.id}: ${execution.status} ${execution.data?.resultData.error?.message ?? ''}`.trim(),
		);
}

/** Runs `bodies` through a webhook URL and collects what the workers made of them. */
async function load(
	context: ScenarioContext,
	url: string,
	workflowId: string,
	bodies: string[],
	concurrency: number,
	headersFor: (body: string, index: number) => Record<string, string>,
): Promise<{ result: LoadResult; executions: ExecutionRecord[] }> {
	const startedAt = Date.now();
	const outcomes = await postConcurrently(url, bodies, concurrency, headersFor);
	const postingSeconds = (Date.now() - startedAt) / 1000;
	const accepted = outcomes.filter((outcome) => outcome.status === 200).length;
	const executions = await waitForSettled(context.api, workflowId, accepted, 180_000);
	const failures = [
		...outcomes
			.filter((outcome) => outcome.status !== 200)
			.slice(0, 10)
			.map((o) => `request: ${o.status} ${o.error ?? ''}`.trim()),
		...failureMessages(executions),
	];
	const result: LoadResult = {
		requests: bodies.length,
		concurrency,
		responses: countStatuses(outcomes),
		executions: executions.length,
		executionStatuses: statusCounts(executions),
		executionsPerSecond: executionsPerSecond(executions, startedAt),
		postingSeconds,
		medianExecutionMs: medianExecutionMs(executions),
		workerSplit: workerSplit(executions, context.cluster.workers),
		failures,
	};
	return { result, executions };
}

/** (1) `count` executions of Webhook -> Fivetran node, posted `concurrency` at a time. */
export async function runNodeLoad(
	context: ScenarioContext,
	count: number,
	concurrency: number,
): Promise<LoadResult> {
	const url = `${context.cluster.webhookUrl}/webhook/${NODE_WEBHOOK_PATH}`;
	const bodies = Array.from({ length: count }, (_, index) => JSON.stringify({ request: index }));
	const { result, executions } = await load(
		context,
		url,
		NODE_WORKFLOW_ID,
		bodies,
		concurrency,
		() => ({}),
	);
	const withAccount = executions.filter((execution) => {
		const output =
			execution.data?.resultData.runData['Get Account Info']?.[0]?.data?.main?.[0]?.[0]?.json;
		return typeof output?.account_id === 'string' || typeof output?.id === 'string';
	}).length;
	if (withAccount !== executions.length)
		result.failures.push(
			`${executions.length - withAccount} executions without the account record`,
		);
	return result;
}

export interface TriggerResult extends LoadResult {
	distinctEvents: number;
	lost: number;
	duplicated: number;
	redeliveries: { sent: number; responses: Record<string, number>; newExecutions: number };
}

/** The signing secret the trigger stored in the emulator when it created its webhook. */
export function triggerSecret(context: ScenarioContext): string {
	const url = productionWebhookUrl(context.cluster.webhookUrl, TRIGGER_WEBHOOK_ID);
	const webhook = [...context.emu.state.webhooks.values()].find((record) => record.url === url);
	if (!webhook?.secret) throw new Error(`No webhook with a secret for ${url} in the emulator`);
	return webhook.secret;
}

/** A distinct sync_end event per index (its own sync id), for a seeded connection. */
function syncEndEvent(index: number, connectionIds: string[]): string {
	const connectionId = connectionIds[index % connectionIds.length];
	return JSON.stringify({
		event: 'sync_end',
		created: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
		connector_id: connectionId,
		connector_type: 'postgres',
		sync_id: `queue-sync-${String(index).padStart(4, '0')}`,
		data: { status: 'SUCCESSFUL' },
	});
}

function syncIdOf(execution: ExecutionRecord): string | undefined {
	const item = execution.data?.resultData.runData[TRIGGER_NODE]?.[0]?.data?.main?.[0]?.[0]?.json;
	return typeof item?.syncId === 'string' ? item.syncId : undefined;
}

/**
 * (2) `count` signed deliveries `concurrency` at a time; every sync id must start exactly one
 * execution. Then a few re-deliveries of the same events (dedupe is per process: with one
 * webhook processor they start nothing new).
 */
export async function runTriggerLoad(
	context: ScenarioContext,
	count: number,
	concurrency: number,
): Promise<TriggerResult> {
	const url = productionWebhookUrl(context.cluster.webhookUrl, TRIGGER_WEBHOOK_ID);
	const secret = triggerSecret(context);
	const sign = (body: string) => ({ [SIGNATURE_HEADER]: signBody(body, secret, 'upper') });
	const connectionIds = [...context.emu.state.connections.keys()];
	const bodies = Array.from({ length: count }, (_, index) => syncEndEvent(index, connectionIds));
	const { result, executions } = await load(
		context,
		url,
		TRIGGER_WORKFLOW_ID,
		bodies,
		concurrency,
		sign,
	);

	const expected = new Set(bodies.map((body) => (JSON.parse(body) as { sync_id: string }).sync_id));
	const seen = executions
		.map(syncIdOf)
		.filter((id): id is string => id !== undefined && expected.has(id));
	const distinct = new Set(seen);

	const resent = bodies.slice(0, 20);
	const redeliveryOutcomes = await postConcurrently(url, resent, concurrency, sign);
	const afterRedelivery = await waitForSettled(
		context.api,
		TRIGGER_WORKFLOW_ID,
		executions.length,
		10_000,
	);
	return {
		...result,
		distinctEvents: distinct.size,
		lost: expected.size - distinct.size,
		duplicated: seen.length - distinct.size,
		redeliveries: {
			sent: resent.length,
			responses: countStatuses(redeliveryOutcomes),
			newExecutions: afterRedelivery.length - executions.length,
		},
	};
}

export interface BadSignatureResult {
	sent: number;
	responses: Record<string, number>;
	newExecutions: number;
}

/** (3) Deliveries signed with the wrong secret, or not at all: 401 and no execution. */
export async function runBadSignatures(
	context: ScenarioContext,
	count: number,
): Promise<BadSignatureResult> {
	const url = productionWebhookUrl(context.cluster.webhookUrl, TRIGGER_WEBHOOK_ID);
	const before = (await waitForSettled(context.api, TRIGGER_WORKFLOW_ID, 0, 0)).length;
	const bodies = Array.from({ length: count }, (_, index) =>
		syncEndEvent(10_000 + index, ['forged']),
	);
	// Half signed with another secret, half without a signature.
	const forged = (body: string, index: number): Record<string, string> =>
		index % 2 === 0 ? { [SIGNATURE_HEADER]: signBody(body, 'not-the-secret', 'upper') } : {};
	const outcomes = await postConcurrently(url, bodies, 10, forged);
	const after = (await waitForSettled(context.api, TRIGGER_WORKFLOW_ID, 0, 0)).length;
	return { sent: count, responses: countStatuses(outcomes), newExecutions: after - before };
}
