/**
 * Failures of a wait carry what a workflow needs to route them (Slack, a ticket): connection
 * id, setup and sync state, failed_at, Fivetran's reason, tasks and warnings, and the
 * dashboard logs URL (peers.md section 3, idea 11). Never any credential.
 */
import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

import { statusOf, type ConnectionSnapshot } from './snapshot';

export function logsUrl(connectionId: string): string {
	return `https://fivetran.com/dashboard/connectors/${encodeURIComponent(connectionId)}/logs`;
}

function messages(list: unknown): IDataObject[] {
	return Array.isArray(list)
		? list.filter((entry): entry is IDataObject => typeof entry === 'object' && entry !== null)
		: [];
}

/** Fivetran's own words for what is wrong: its tasks' messages, or undefined. */
export function fivetranReason(snapshot: ConnectionSnapshot): string | undefined {
	const tasks = messages(statusOf(snapshot.record).tasks);
	const text = tasks
		.map((task) => [task.code, task.message].filter((part) => typeof part === 'string').join(': '))
		.filter((line) => line !== '');
	return text.length > 0 ? text.join('; ') : undefined;
}

export function failureDetails(
	snapshot: ConnectionSnapshot,
	reason: string,
	syncId: string | null = null,
): IDataObject {
	const status = statusOf(snapshot.record);
	return {
		connectionId: snapshot.id,
		syncId,
		reason,
		setupState: snapshot.setupState,
		syncState: snapshot.syncState,
		failedAt: snapshot.record.failed_at ?? null,
		succeededAt: snapshot.record.succeeded_at ?? null,
		rescheduledFor: status.rescheduled_for ?? null,
		tasks: messages(status.tasks),
		warnings: messages(status.warnings),
		logsUrl: logsUrl(snapshot.id),
	};
}

function describe(details: IDataObject): string {
	const lines = [
		`Connection: ${String(details.connectionId)}`,
		`setup_state: ${String(details.setupState)}, sync_state: ${String(details.syncState)}`,
		`failed_at: ${String(details.failedAt)}`,
	];
	if (details.syncId !== null) lines.push(`sync_id: ${String(details.syncId)}`);
	const tasks = details.tasks as IDataObject[];
	const warnings = details.warnings as IDataObject[];
	if (tasks.length > 0) lines.push(`Tasks: ${JSON.stringify(tasks)}`);
	if (warnings.length > 0) lines.push(`Warnings: ${JSON.stringify(warnings)}`);
	lines.push(`Logs: ${String(details.logsUrl)}`);
	return lines.join('\n');
}

const DETAILS_KEY = 'syncWait';

/** The error of a failed wait; its context holds the details for the Continue On Fail item. */
export function syncWaitError(
	node: INode,
	itemIndex: number,
	message: string,
	details: IDataObject,
): NodeOperationError {
	const error = new NodeOperationError(node, message, {
		itemIndex,
		description: describe(details),
	});
	error.context[DETAILS_KEY] = details;
	return error;
}

/**
 * The Continue On Fail item of a failed wait: the router's fields (error, description) plus
 * the details as JSON fields. Undefined for any other error (the router handles those).
 */
export function syncWaitErrorItem(error: unknown): IDataObject | undefined {
	if (!(error instanceof NodeOperationError)) return undefined;
	const details = error.context[DETAILS_KEY];
	if (typeof details !== 'object' || details === null) return undefined;
	return {
		error: error.message,
		description: error.description ?? null,
		...(details as IDataObject),
	};
}
