/**
 * Connection actions: sync, historical re-sync (whole connection or some tables), setup tests.
 * Only the operations of Fivetran's definition: the legacy `/force` and per-table
 * `/schemas/{schema}/tables/{table}/resync` paths are not in it (sync with `force: true` and
 * resync_tables replace them).
 *
 * A paused connection refuses a sync with 409 Conflict: Fivetran does not sync paused
 * connections, and a silent 200 would leave a sync-and-wait caller waiting forever.
 * A re-sync of a paused connection is accepted and starts when the connection is resumed
 * (fivetran-api.md 3.3: "paused → scheduled for un-pause"). A re-sync asked for while a sync
 * runs starts once that sync has completed (resync_connection in the definition).
 */
import { done, invalidInput, objectBody, ok, optionalBoolean } from '../../respond';
import { startSync } from '../../sync';
import type { Route, RouteContext } from '../../types';
import { connectionRoute, findConnection } from './common';
import { withSetupTests } from './record';
import { findTable, schemaConfigOf } from './schemaConfig';

function triggerSync(ctx: RouteContext, force: boolean) {
	const connection = findConnection(ctx);
	startSync(ctx.state, connection, ctx.now, { force });
	return done(`Sync has been successfully triggered for connection with id '${connection.id}'`);
}

/** Validates `{scope: {"<schema>": ["table", ...]}}` against the schema config. */
function checkResyncScope(ctx: RouteContext, scope: unknown): void {
	if (scope === undefined || scope === null) return;
	if (typeof scope !== 'object' || Array.isArray(scope) || Object.keys(scope).length === 0) {
		throw invalidInput("Field 'scope' must map schema names to non-empty arrays of table names");
	}
	const config = schemaConfigOf(findConnection(ctx));
	for (const [schema, tables] of Object.entries(scope)) {
		if (
			!Array.isArray(tables) ||
			tables.length === 0 ||
			tables.some((table) => typeof table !== 'string')
		) {
			throw invalidInput(`Scope of schema '${schema}' must be a non-empty array of table names`);
		}
		for (const table of tables as string[]) findTable(config, schema, table);
	}
}

/**
 * A running sync is completed first and the re-sync starts after it; 409 when it will not
 * complete (resync_connection's description and its 409 answer in the definition).
 */
function resync(ctx: RouteContext, message: string) {
	startSync(ctx.state, findConnection(ctx), ctx.now, {
		afterRunning: true,
		historical: true,
		defer: true,
	});
	return done(message);
}

function resyncConnection(ctx: RouteContext) {
	const connection = findConnection(ctx);
	checkResyncScope(ctx, objectBody(ctx.body).scope);
	return resync(
		ctx,
		`Re-sync has been triggered successfully for connection with id '${connection.id}'`,
	);
}

/** Body `{"<schema>": ["table", ...]}`: the same map as `scope`, required here. */
function resyncTables(ctx: RouteContext) {
	checkResyncScope(ctx, objectBody(ctx.body));
	return resync(ctx, 'Re-sync has been triggered successfully');
}

function setupTests(ctx: RouteContext) {
	const connection = findConnection(ctx);
	if (ctx.body === undefined) throw invalidInput('Request body is required ({} is fine)');
	objectBody(ctx.body);
	return ok(withSetupTests(connection, true), 'Setup tests have been completed');
}

const CONNECTION = '/v1/connections/:connectionId';

export const actionRoutes: Route[] = [
	connectionRoute('POST', `${CONNECTION}/sync`, 'MANAGE', (ctx) =>
		triggerSync(ctx, optionalBoolean(objectBody(ctx.body), 'force') ?? false),
	),
	connectionRoute('POST', `${CONNECTION}/resync`, 'MANAGE', resyncConnection),
	connectionRoute('POST', `${CONNECTION}/schemas/tables/resync`, 'MANAGE', resyncTables),
	connectionRoute('POST', `${CONNECTION}/test`, 'MANAGE', setupTests, 'setup_test'),
];
