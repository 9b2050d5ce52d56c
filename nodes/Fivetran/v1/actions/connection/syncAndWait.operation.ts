/**
 * Sync and Wait: start a sync and finish only when it has really finished (issue 7).
 * Re-Sync and Wait is the same operation with a historical re-sync (resyncAndWait.operation.ts).
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { waitFields } from '../../helpers/syncWait/fields';
import type { SyncKind } from '../../helpers/syncWait/policies';
import { runSyncAndWait } from '../../helpers/syncWait/run';
import { toWaitSettings, type RawWaitSettings } from '../../helpers/syncWait/settings';
import type { OperationModule } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId, validated } from './params';

const SETTING_NAMES: Array<keyof RawWaitSettings> = [
	'pausedPolicy',
	'syncingPolicy',
	'rescheduledPolicy',
	'pollInterval',
	'timeout',
	'simplify',
];

function readSettings(context: IExecuteFunctions, itemIndex: number, kind: SyncKind) {
	const raw: RawWaitSettings = {};
	// Re-Sync and Wait has no "When Already Syncing" (helpers/syncWait/fields.ts).
	const names =
		kind === 'sync' ? SETTING_NAMES : SETTING_NAMES.filter((name) => name !== 'syncingPolicy');
	for (const name of names) raw[name] = context.getNodeParameter(name, itemIndex, undefined);
	return validated(context, itemIndex, () => toWaitSettings(raw));
}

/** A wait operation's own fields and the trigger body they make for one item. */
export interface TriggerFields {
	fields: INodeProperties[];
	readBody: (context: IExecuteFunctions, itemIndex: number) => IDataObject;
}

/**
 * The operation module of a sync kind; `operation` is its value in the selector. Failures are
 * errors with details (helpers/errorDetails.ts): the router builds the Continue On Fail item.
 */
export function waitOperation(
	operation: string,
	kind: SyncKind,
	trigger?: TriggerFields,
): OperationModule {
	const fields = [connectionIdField, ...(trigger?.fields ?? []), ...waitFields(kind)];
	return {
		description: connectionOperationFields(operation, fields),
		concurrency: 'wait',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const connectionId = getConnectionId.call(this, itemIndex);
			// Both validate before any request is sent.
			const resyncBody = trigger?.readBody(this, itemIndex);
			const settings = readSettings(this, itemIndex, kind);
			return await runSyncAndWait(this, { itemIndex, connectionId, settings, kind, resyncBody });
		},
	};
}

export const { description, concurrency, execute } = waitOperation('syncAndWait', 'sync');
