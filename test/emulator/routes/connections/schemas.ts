/**
 * Schema config routes: /v1/connections/:connectionId/schemas[...].
 */
import { done, invalidInput, objectBody, ok } from '../../respond';
import type { Route, RouteContext } from '../../types';
import { connectionRoute, findConnection } from './common';
import { oneOf } from './fields';
import {
	dropColumns,
	patchSchemaConfig,
	schemaConfigOf,
	sourceColumns,
	type SchemaPath,
} from './schemaConfig';

const BASE = '/v1/connections/:connectionId/schemas';
const TABLE = `${BASE}/:schema/tables/:table`;
const COLUMN = `${TABLE}/columns/:column`;

/** PATCH at the level the path names: the whole config, a schema, a table or a column. */
function patchAtPath(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	const { schema, table, column } = ctx.params;
	return ok(patchSchemaConfig(findConnection(ctx), { schema, table, column }, body));
}

function reload(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	oneOf(body, 'exclude_mode', ['PRESERVE', 'EXCLUDE']);
	// The emulated source never changes, so a reload finds exactly what the config already has.
	return ok(schemaConfigOf(findConnection(ctx)));
}

function tableColumns(ctx: RouteContext) {
	const connection = findConnection(ctx);
	if (connection.status.setup_state !== 'connected') {
		throw invalidInput('The source can only be queried once the connection setup is complete');
	}
	return ok({ columns: sourceColumns(connection, ctx.params.schema, ctx.params.table) });
}

const DROPPED_MESSAGE = 'Column(s) successfully marked for deletion';

/** `{schemas: {"<schema>": {tables: {"<table>": {columns: ["c1"]}}}}}` as a list of column paths. */
function columnsToDrop(body: Record<string, unknown>): Array<Required<SchemaPath>> {
	const paths: Array<Required<SchemaPath>> = [];
	const invalid = () =>
		invalidInput("Field 'schemas' must map schemas to {tables: {<table>: {columns: [names]}}}");
	const schemas = body.schemas;
	if (!isObject(schemas) || Object.keys(schemas).length === 0)
		throw invalidInput("Field 'schemas' is required");
	for (const [schema, schemaBody] of Object.entries(schemas)) {
		if (!isObject(schemaBody) || !isObject(schemaBody.tables)) throw invalid();
		for (const [table, tableBody] of Object.entries(schemaBody.tables)) {
			const columns = isObject(tableBody) ? tableBody.columns : undefined;
			if (
				!Array.isArray(columns) ||
				columns.length === 0 ||
				columns.some((c) => typeof c !== 'string')
			)
				throw invalid();
			for (const column of columns as string[]) paths.push({ schema, table, column });
		}
	}
	return paths;
}

function isObject(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function dropAtPath(ctx: RouteContext) {
	const { schema, table, column } = ctx.params;
	dropColumns(findConnection(ctx), [{ schema, table, column }]);
	return done(DROPPED_MESSAGE);
}

function dropListed(ctx: RouteContext) {
	dropColumns(findConnection(ctx), columnsToDrop(objectBody(ctx.body)));
	return done(DROPPED_MESSAGE);
}

export const schemaRoutes: Route[] = [
	connectionRoute('GET', BASE, 'READ', (ctx) => ok(schemaConfigOf(findConnection(ctx)))),
	connectionRoute('PATCH', BASE, 'MANAGE', patchAtPath),
	connectionRoute('POST', `${BASE}/reload`, 'MANAGE', reload, 'source_interaction'),
	connectionRoute('PATCH', `${BASE}/:schema`, 'MANAGE', patchAtPath),
	connectionRoute('PATCH', TABLE, 'MANAGE', patchAtPath),
	connectionRoute('PATCH', COLUMN, 'MANAGE', patchAtPath),
	connectionRoute('GET', `${TABLE}/columns`, 'READ', tableColumns, 'source_interaction'),
	connectionRoute('POST', `${BASE}/drop-columns`, 'MANAGE', dropListed),
	connectionRoute('DELETE', COLUMN, 'MANAGE', dropAtPath),
];
