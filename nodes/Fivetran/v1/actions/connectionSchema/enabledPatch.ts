/**
 * Enable / Disable at one level of the schema config: PATCH the schema, table or column with
 * `{enabled}` (plus the table's sync mode or the column's hashing), and output what changed.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../../shared/transport';
import type { OperationModule } from '../node.type';
import { schemaOperationFields, targetFields, type SchemaLevel } from './fields';
import { readSchemaTarget, type SchemaTarget } from './parameters';

function child(parent: unknown, field: string, name: string | undefined): IDataObject | undefined {
	if (name === undefined || typeof parent !== 'object' || parent === null) return undefined;
	const map = (parent as IDataObject)[field];
	if (typeof map !== 'object' || map === null) return undefined;
	return Object.prototype.hasOwnProperty.call(map, name)
		? ((map as IDataObject)[name] as IDataObject)
		: undefined;
}

/**
 * The addressed schema, table or column out of the whole schema config Fivetran answers with.
 * The answer's `columns` only holds columns the user overrode; a column not in it is `{}`.
 */
export function configAt(config: IDataObject, target: SchemaTarget): IDataObject {
	const schema = child(config, 'schemas', target.schema);
	if (target.table === undefined) return schema ?? {};
	const table = child(schema, 'tables', target.table);
	if (target.column === undefined) return table ?? {};
	return child(table, 'columns', target.column) ?? {};
}

/** Sends the PATCH for one item; `extra` holds sync_mode / hashed when the user set them. */
export async function patchEnabled(
	ctx: IExecuteFunctions,
	itemIndex: number,
	level: SchemaLevel,
	enabled: boolean,
	extra: IDataObject = {},
): Promise<IDataObject> {
	const target = readSchemaTarget(ctx, itemIndex, level);
	const { data } = await fivetranApiRequest.call(ctx, {
		method: 'PATCH',
		path: target.path,
		body: { ...extra, enabled },
		itemIndex,
	});
	const { connectionId, schema, table, column } = target;
	const names: IDataObject = { connectionId, schema };
	if (table !== undefined) names.table = table;
	if (column !== undefined) names.column = column;
	// Whether row filters work on this connection: a table-level fact Fivetran reports at the top.
	if (table !== undefined && column === undefined && data.row_filtering_supported !== undefined)
		names.row_filtering_supported = data.row_filtering_supported;
	return { ...names, enabled, ...configAt(data, target) };
}

/**
 * The operation module of a plain Enable / Disable (no options): the connection, the names
 * down to `level`, and the PATCH.
 */
export function enabledOperation(
	operation: string,
	level: SchemaLevel,
	enabled: boolean,
): OperationModule {
	return {
		description: schemaOperationFields(operation, targetFields(level)),
		concurrency: 'write',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			return await patchEnabled(this, itemIndex, level, enabled);
		},
	};
}
