/**
 * The Connection Schema resource: what a connection syncs, schema by schema, table by table and
 * column by column (fivetran-api.md sections 3.3 and 3.6). The whole config is read and patched
 * by the Connection resource (Get / Update / Reload Schema Config); these operations each change
 * one element. Names are case-sensitive.
 */
import type { INodeProperties } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as disableColumn from './disableColumn.operation';
import * as disableSchema from './disableSchema.operation';
import * as disableTable from './disableTable.operation';
import * as dropBlockedColumns from './dropBlockedColumns.operation';
import * as enableColumn from './enableColumn.operation';
import * as enableSchema from './enableSchema.operation';
import * as enableTable from './enableTable.operation';
import * as getTableColumns from './getTableColumns.operation';

export const operations: Record<string, OperationModule> = {
	disableColumn,
	disableSchema,
	disableTable,
	dropBlockedColumns,
	enableColumn,
	enableSchema,
	enableTable,
	getTableColumns,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['connectionSchema'] } },
		options: [
			{
				name: 'Disable Column',
				value: 'disableColumn',
				action: 'Disable a column',
				description:
					'Stop syncing a column (it becomes blocked); its data already in the destination stays',
			},
			{
				name: 'Disable Schema',
				value: 'disableSchema',
				action: 'Disable a schema',
				description: 'Stop syncing a whole source schema and all its tables',
			},
			{
				name: 'Disable Table',
				value: 'disableTable',
				action: 'Disable a table',
				description: 'Stop syncing a table',
			},
			{
				name: 'Drop Blocked Columns',
				value: 'dropBlockedColumns',
				action: 'Drop blocked columns',
				description:
					'Permanently deletes blocked (disabled) columns and their data from the destination table at the next sync. Cannot be undone.',
			},
			{
				name: 'Enable Column',
				value: 'enableColumn',
				action: 'Enable a column',
				description:
					'Sync a column, optionally hashing its values or setting its type in the destination',
			},
			{
				name: 'Enable Schema',
				value: 'enableSchema',
				action: 'Enable a schema',
				description: 'Sync a source schema',
			},
			{
				name: 'Enable Table',
				value: 'enableTable',
				action: 'Enable a table',
				description:
					'Sync a table, optionally setting its sync mode (soft delete, history, live) or its row filter',
			},
			{
				name: 'Get Table Columns',
				value: 'getTableColumns',
				action: 'Get the columns of a table',
				description:
					"List a table's columns as the source has them, one item per column with its settings",
			},
		],
		default: 'getTableColumns',
	},
	...disableColumn.description,
	...disableSchema.description,
	...disableTable.description,
	...dropBlockedColumns.description,
	...enableColumn.description,
	...enableSchema.description,
	...enableTable.description,
	...getTableColumns.description,
];
