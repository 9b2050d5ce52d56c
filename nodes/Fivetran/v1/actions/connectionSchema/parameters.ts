/**
 * Reading which schema, table or column an operation addresses, validated before any request.
 * Names are case-sensitive on Fivetran; surrounding spaces are trimmed (a typo, never a name).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { requireId, throwIfInvalid } from '../../helpers/validation';
import { apiPath } from '../../../../shared/transport';
import type { SchemaLevel } from './fields';
import { readLocatorId } from '../../helpers/parameters';

export interface SchemaTarget {
	connectionId: string;
	schema: string;
	table?: string;
	column?: string;
	/** `/v1/connections/{id}/schemas/{schema}[/tables/{table}[/columns/{column}]]`. */
	path: string;
}

function readName(ctx: IExecuteFunctions, name: string, label: string, itemIndex: number): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const problem =
		value === ''
			? `'${label}' is empty: enter the name as in the schema config`
			: requireId(value, label); // "." and "..", which URL parsers would resolve
	throwIfInvalid(ctx.getNode(), itemIndex, problem);
	return value;
}

export function readSchemaTarget(
	ctx: IExecuteFunctions,
	itemIndex: number,
	level: SchemaLevel,
): SchemaTarget {
	const connectionId = readLocatorId(ctx, 'connectionId', 'Connection', itemIndex);
	const schema = readName(ctx, 'schemaName', 'Schema Name', itemIndex);
	const schemaPath = apiPath`/v1/connections/${connectionId}/schemas/${schema}`;
	if (level === 'schema') return { connectionId, schema, path: schemaPath };

	const table = readName(ctx, 'tableName', 'Table Name', itemIndex);
	const tablePath = `${schemaPath}${apiPath`/tables/${table}`}`;
	if (level === 'table') return { connectionId, schema, table, path: tablePath };

	const column = readName(ctx, 'columnName', 'Column Name', itemIndex);
	return {
		connectionId,
		schema,
		table,
		column,
		path: `${tablePath}${apiPath`/columns/${column}`}`,
	};
}
