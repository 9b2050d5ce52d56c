import type { IDataObject } from 'n8n-workflow';

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
