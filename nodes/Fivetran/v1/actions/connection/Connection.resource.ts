/**
 * The Connection (formerly Connector) resource. Adding an operation (e.g. Sync and Wait):
 * write <name>.operation.ts, add it to `operations` and one option to the selector below.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as checkFreshness from './checkFreshness.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as dismissWarning from './dismissWarning.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as getMoveStatus from './getMoveStatus.operation';
import * as getSchemaConfig from './getSchemaConfig.operation';
import * as getState from './getState.operation';
import * as getSyncHistory from './getSyncHistory.operation';
import * as getWarnings from './getWarnings.operation';
import * as move from './move.operation';
import * as pause from './pause.operation';
import * as reloadSchemaConfig from './reloadSchemaConfig.operation';
import * as resume from './resume.operation';
import * as resync from './resync.operation';
import * as resyncAndWait from './resyncAndWait.operation';
import * as runSetupTests from './runSetupTests.operation';
import * as sync from './sync.operation';
import * as syncAndWait from './syncAndWait.operation';
import * as update from './update.operation';
import * as updateSchemaConfig from './updateSchemaConfig.operation';

export const operations: Record<string, OperationModule> = {
	checkFreshness,
	create,
	delete: del,
	dismissWarning,
	get,
	getMany,
	getMoveStatus,
	getSchemaConfig,
	getState,
	getSyncHistory,
	getWarnings,
	move,
	pause,
	reloadSchemaConfig,
	resume,
	resync,
	resyncAndWait,
	runSetupTests,
	sync,
	syncAndWait,
	update,
	updateSchemaConfig,
};

const operationSelector: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['connection'] } },
	options: [
		{
			name: 'Check Freshness',
			value: 'checkFreshness',
			action: 'Check the freshness of connections',
			description:
				'Report for each connection (connector) whether its data is fresh within a maximum age, or stale, paused, broken, never synced or syncing',
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a connection',
			description: 'Create a connection (connector) that loads a source into a group (destination)',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a connection',
			description:
				'Permanently delete a connection (connector) and its sync settings; data already loaded stays in the destination',
		},
		{
			name: 'Dismiss Warning',
			value: 'dismissWarning',
			action: 'Dismiss warnings of a connection',
			description:
				'Permanently dismiss every active warning of one type on a connection (connector). Private preview: the account must be allowlisted.',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a connection',
			description: 'Get a connection (connector) with its status and settings',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many connections',
			description: 'Get many connections (connectors) of the account or of one group',
		},
		{
			name: 'Get Move Status',
			value: 'getMoveStatus',
			action: 'Get the status of a connection move',
			description:
				'Get the status (pending, in progress, success, failed) of the job that a Move of a connection (connector) with Continue With Data started',
		},
		{
			name: 'Get Schema Config',
			value: 'getSchemaConfig',
			action: 'Get the schema config of a connection',
			description: 'Get which schemas, tables and columns a connection (connector) syncs',
		},
		{
			name: 'Get State',
			value: 'getState',
			action: 'Get the state of a connection',
			description:
				'Get the saved state (cursor) of a Connector SDK or function connection (connector)',
		},
		{
			name: 'Get Sync History',
			value: 'getSyncHistory',
			action: 'Get the sync history of a connection',
			description:
				'Get the syncs of a connection (connector) in a time window of up to 7 days, one item per sync: ID, status, start, end, reason and data volumes',
		},
		{
			name: 'Get Warnings',
			value: 'getWarnings',
			action: 'Get the warnings of a connection',
			description:
				'Get the active warnings of a connection (connector), one item per warning with its schema and table. Private preview: the account must be allowlisted.',
		},
		{
			name: 'Move',
			value: 'move',
			action: 'Move a connection to another group',
			description:
				'Move a paused connection (connector) to another group (destination), keeping its cursor or re-syncing its history',
		},
		{
			name: 'Pause',
			value: 'pause',
			action: 'Pause a connection',
			description: 'Pause a connection (connector) so it stops syncing until resumed',
		},
		{
			name: 'Re-Sync',
			value: 'resync',
			action: 'Resync a connection',
			description:
				'Start a historical re-sync of a connection (connector) or of chosen tables: re-imports their full history from the source, which can take long and count toward usage',
		},
		{
			name: 'Re-Sync and Wait',
			value: 'resyncAndWait',
			action: 'Resync a connection and wait for it',
			description:
				'Start a historical re-sync of a connection (connector) and finish only when it has finished; fails with the reason if it fails',
		},
		{
			name: 'Reload Schema Config',
			value: 'reloadSchemaConfig',
			action: 'Reload the schema config of a connection',
			description:
				'Read the source again to find new schemas, tables and columns of a connection (connector)',
		},
		{
			name: 'Resume',
			value: 'resume',
			action: 'Resume a connection',
			description: 'Resume a paused connection (connector) so it syncs on its schedule again',
		},
		{
			name: 'Run Setup Tests',
			value: 'runSetupTests',
			action: 'Run the setup tests of a connection',
			description: 'Test that a connection (connector) can reach its source and return the results',
		},
		{
			name: 'Sync',
			value: 'sync',
			action: 'Sync a connection',
			description:
				'Start a sync of a connection (connector) now; with Force on, a running sync is stopped and restarted',
		},
		{
			name: 'Sync and Wait',
			value: 'syncAndWait',
			action: 'Sync a connection and wait for it',
			description:
				'Start a sync of a connection (connector) and finish only when that sync has finished; fails with the reason if it fails',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a connection',
			description: 'Update the schedule, pause state or settings of a connection (connector)',
		},
		{
			name: 'Update Schema Config',
			value: 'updateSchemaConfig',
			action: 'Update the schema config of a connection',
			description:
				'Enable or disable schemas, tables and columns of a connection (connector), or change how new ones are handled',
		},
	],
	default: 'getMany',
};

export const description: INodeProperties[] = [
	operationSelector,
	...Object.values(operations).flatMap((operation) => operation.description),
];
