/**
 * Sync and Wait: start a sync and finish only when it has really finished (issue 7).
 * Re-Sync and Wait is the same operation with a historical re-sync (resyncAndWait.operation.ts).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { waitFields } from '../../helpers/syncWait/fields';
import { syncWaitErrorItem } from '../../helpers/syncWait/failure';
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

function readSettings(context: IExecuteFunctions, itemIndex: number) {
	const raw: RawWaitSettings = {};
	for (const name of SETTING_NAMES)
		raw[name] = context.getNodeParameter(name, itemIndex, undefined);
	return validated(context, itemIndex, () => toWaitSettings(raw));
}

/** The operation module of a sync kind; `operation` is its value in the selector. */
export function waitOperation(operation: string, kind: SyncKind): OperationModule {
	return {
		description: connectionOperationFields(operation, [connectionIdField, ...waitFields]),
		concurrency: 'wait',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const connectionId = getConnectionId.call(this, itemIndex);
			const settings = readSettings(this, itemIndex);
			const run = runSyncAndWait(this, { itemIndex, connectionId, settings, kind });
			return await run.catch((error: unknown) => {
				// The router's Continue On Fail item keeps only the message; a failed sync's item
				// must also carry its details (state, tasks, logs URL) as fields for the workflow.
				const item = this.continueOnFail() ? syncWaitErrorItem(error) : undefined;
				if (item === undefined) throw error;
				return item;
			});
		},
	};
}

export const { description, concurrency, execute } = waitOperation('syncAndWait', 'sync');
