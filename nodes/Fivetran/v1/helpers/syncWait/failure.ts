/**
 * Failures of a wait carry what a workflow needs to route them (Slack, a ticket): connection
 * id, setup and sync state, failed_at, Fivetran's reason, tasks and warnings, and the
 * dashboard logs URL (peers.md section 3, idea 11). Never any credential.
 */
import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

import { withErrorDetails } from '../errorDetails';
import { statusOf, type ConnectionSnapshot } from '../../../../shared/syncHistory/snapshot';

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

/** The failures of waits, told apart from other errors carrying details. */
const waitFailures = new WeakSet<Error>();

/**
 * The error of a failed wait: its description tells the details to people, and they become
 * fields of the Continue On Fail item (withErrorDetails, built by the router).
 */
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
	waitFailures.add(error);
	return withErrorDetails(error, details);
}

/** Whether the error is a failed wait (the sync failed, was paused, timed out...). */
export function isSyncWaitFailure(error: unknown): boolean {
	return error instanceof Error && waitFailures.has(error);
}
