import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { validated } from './params';
import { ConnectionInputError, requireText } from './validation';

/** Fivetran's re-sync scope: schema name -> table names. */
export type ResyncScope = Record<string, string[]>;

/**
 * Turns the "Tables" rows (one schema + table per row) into the re-sync scope, grouping tables
 * by schema and dropping repeats. An empty scope would mean "everything" to a careless reader,
 * and Fivetran answers 400 for it, so it is refused here.
 */
export function resyncScope(rows: IDataObject[] | undefined): ResyncScope {
	if (!rows || rows.length === 0) {
		throw new ConnectionInputError('Add at least one table to re-sync, or choose Whole Connection');
	}
	const scope: ResyncScope = {};
	rows.forEach((row, index) => {
		const position = `table ${index + 1}`;
		const schema = requireText(row.schema, `Enter the Schema Name of ${position} to re-sync`);
		const table = requireText(row.table, `Enter the Table Name of ${position} to re-sync`);
		const tables = (scope[schema] ??= []);
		if (!tables.includes(table)) tables.push(table);
	});
	return scope;
}

/** "Re-Sync" (whole connection or chosen tables) and "Tables": Re-Sync and Re-Sync and Wait. */
export const resyncScopeFields: INodeProperties[] = [
	{
		displayName: 'Re-Sync',
		name: 'resyncScope',
		type: 'options',
		options: [
			{
				name: 'Chosen Tables',
				value: 'tables',
				description: 'Re-import the full history of the listed tables only',
			},
			{
				name: 'Whole Connection',
				value: 'connection',
				description: 'Re-import the full history of every table of the connection',
			},
		],
		default: 'connection',
		description: 'What to re-import from the source',
	},
	{
		displayName: 'Tables',
		name: 'tables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Table',
		default: {},
		displayOptions: { show: { resyncScope: ['tables'] } },
		options: [
			{
				displayName: 'Table',
				name: 'table',
				values: [
					{
						displayName: 'Schema Name',
						name: 'schema',
						type: 'string',
						default: '',
						description: 'Source schema of the table, as in the schema config (case-sensitive)',
					},
					{
						displayName: 'Table Name',
						name: 'table',
						type: 'string',
						default: '',
						description: 'Table to re-sync, as in the schema config (case-sensitive)',
					},
				],
			},
		],
	},
];

/** The body of POST /v1/connections/{id}/resync for one item: {} or { scope }. */
export function readResyncBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	if (context.getNodeParameter('resyncScope', itemIndex, 'connection') !== 'tables') return {};
	const tables = context.getNodeParameter('tables.table', itemIndex, []) as IDataObject[];
	return { scope: validated(context, itemIndex, () => resyncScope(tables)) };
}
