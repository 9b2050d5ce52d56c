/**
 * Connection CRUD: list (account-wide and per group), create, get, update, delete.
 */
import { ensureConnectorTypes } from '../../catalog/connectorTypes';
import { paginate, track } from '../../pagination';
import { visible } from '../../permissions';
import { valuesOf } from '../../versionedMap';
import {
	conflict,
	created,
	done,
	invalidInput,
	isoTime,
	notFound,
	objectBody,
	ok,
	optionalBoolean,
	requireString,
} from '../../respond';
import type { ConnectionRecord, EmulatorState } from '../../state';
import { forgetConnection, setPaused, startSync } from '../../sync';
import type { JsonObject, Route, RouteContext } from '../../types';
import { connectionRoute, findConnection, presentConnection } from './common';
import {
	checkDailySyncTime,
	oneOf,
	optionalObject,
	readNetworkingFields,
	readScheduleFields,
	readSchemaNaming,
} from './fields';
import { buildConnection, withSetupTests } from './record';

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Config keys that name the destination schema: permanent after creation. */
const NAMING_KEYS = ['schema', 'schema_prefix', 'table'];
/** PATCH fields that only steer this request (they are not stored): alone they are rejected. */
const TEST_CONTROL_FLAGS = ['run_setup_tests', 'trust_certificates', 'trust_fingerprints'];

/** `schema`, `schema_prefix`, or `schema.table` for services that write one table. */
function destinationSchemaName(config: Record<string, unknown>): string {
	const schema = config.schema ?? config.schema_prefix;
	if (typeof schema !== 'string' || schema === '')
		throw invalidInput("Field 'config.schema' is required");
	if (!SCHEMA_NAME.test(schema)) {
		throw invalidInput(
			`Invalid schema name '${schema}': use letters, digits and underscores, not starting with a digit`,
		);
	}
	return typeof config.table === 'string' && config.table !== ''
		? `${schema}.${config.table}`
		: schema;
}

function schemaTaken(state: EmulatorState, groupId: string, schema: string): boolean {
	for (const connection of state.connections.values()) {
		if (connection.group_id === groupId && connection.schema === schema) return true;
	}
	return false;
}

/** A page of connections, narrowed by `?schema=` and by what a system key may see. */
function listPage(ctx: RouteContext, groupId: string | null) {
	const schema = ctx.query.get('schema');
	const all = valuesOf(ctx.state.connections);
	// User keys see every connection: an unfiltered list pages the cached array as it is.
	if (groupId === null && schema === null && ctx.caller.kind === 'user') {
		return paginate(all, ctx.query, presentConnection);
	}
	const records = all.filter(
		(connection) =>
			(groupId === null || connection.group_id === groupId) &&
			(schema === null || connection.schema === schema) &&
			visible(ctx, 'CONNECTOR', { id: connection.id, groupId: connection.group_id }),
	);
	return paginate(records, ctx.query, presentConnection);
}

function create(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	const groupId = requireString(body, 'group_id');
	const service = requireString(body, 'service');
	if (!ctx.state.groups.has(groupId)) throw notFound('Group', groupId);
	if (!ensureConnectorTypes(ctx.state).has(service))
		throw invalidInput(`Unsupported service '${service}'`);
	const config = optionalObject(body, 'config') ?? {};
	const schema = destinationSchemaName(config);
	if (schemaTaken(ctx.state, groupId, schema)) {
		throw conflict(`A connection with schema '${schema}' already exists in group '${groupId}'`);
	}
	const fields = readScheduleFields(body);
	const runTests = optionalBoolean(body, 'run_setup_tests') ?? true;
	const connection = buildConnection(ctx.state, {
		groupId,
		service,
		schema,
		config: config as JsonObject,
		auth: optionalObject(body, 'auth') as JsonObject | undefined,
		connectedBy: ctx.caller.kind === 'user' ? ctx.caller.id : null,
		setupState: 'incomplete',
		fields,
		createdAt: isoTime(ctx.now),
	});
	checkDailySyncTime(connection);
	// create_connection request and response both carry these (2026-09 definition).
	const naming = readSchemaNaming(body);
	if (naming !== undefined) connection.destination_schema_names = naming;
	Object.assign(connection, readNetworkingFields(body));
	ctx.state.connections.set(connection.id, track(connection));
	return created(withSetupTests(connection, runTests), 'Connection has been created');
}

function checkNamingUnchanged(connection: ConnectionRecord, config: Record<string, unknown>): void {
	for (const key of NAMING_KEYS) {
		if (key in config && config[key] !== connection.config[key]) {
			throw invalidInput(`Field 'config.${key}' cannot be changed after creation`);
		}
	}
}

function update(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	const connection = findConnection(ctx);
	const { paused, ...fields } = readScheduleFields(body);
	const config = optionalObject(body, 'config');
	const auth = optionalObject(body, 'auth');
	const historical = optionalBoolean(body, 'is_historical_sync');
	// modify_connection accepts the networking settings, not destination_schema_names.
	const networking = readNetworkingFields(body);
	const schemaStatus = oneOf(body, 'schema_status', ['blocked_on_capture', 'ready']);
	const runTests = optionalBoolean(body, 'run_setup_tests') ?? false;
	const persistent = Object.keys(body).filter((key) => !TEST_CONTROL_FLAGS.includes(key));
	if (persistent.length === 0) {
		throw invalidInput(
			'At least one persistent parameter is required; to run setup tests use POST /v1/connections/{connectionId}/test',
		);
	}
	if (config) checkNamingUnchanged(connection, config);
	// Leaving the daily schedule drops a daily sync time set earlier.
	if (
		fields.sync_frequency !== undefined &&
		fields.daily_sync_time === undefined &&
		fields.sync_frequency !== 1440
	) {
		fields.daily_sync_time = null;
	}
	checkDailySyncTime({ ...connection, ...fields });

	Object.assign(connection, fields, networking);
	if (config) connection.config = { ...connection.config, ...(config as JsonObject) };
	if (auth) connection.auth = { ...connection.auth, ...(auth as JsonObject) };
	if (schemaStatus) connection.status.schema_status = schemaStatus;
	if (paused !== undefined) setPaused(ctx.state, connection, paused, ctx.now);
	if (historical)
		startSync(ctx.state, connection, ctx.now, { force: true, historical: true, defer: true });
	return ok(withSetupTests(connection, runTests));
}

function remove(ctx: RouteContext) {
	const connection = findConnection(ctx);
	const state = ctx.state;
	state.connections.delete(connection.id);
	forgetConnection(state, connection.id);
	for (const memberships of state.userConnectionMemberships.values())
		memberships.delete(connection.id);
	for (const team of state.teams.values()) team.connections.delete(connection.id);
	return done(`Connection with id '${connection.id}' has been deleted`);
}

const listPermission = { resourceType: 'CONNECTOR', access: 'READ' } as const;

export const crudRoutes: Route[] = [
	{
		method: 'GET',
		path: '/v1/connections',
		permission: listPermission,
		handler: (ctx) => listPage(ctx, ctx.query.get('group_id')),
	},
	{
		method: 'GET',
		path: '/v1/groups/:groupId/connections',
		permission: listPermission,
		handler: (ctx) => {
			if (!ctx.state.groups.has(ctx.params.groupId)) throw notFound('Group', ctx.params.groupId);
			return listPage(ctx, ctx.params.groupId);
		},
	},
	{
		method: 'POST',
		path: '/v1/connections',
		rateBucket: 'connection_creation',
		permission: {
			resourceType: 'CONNECTOR',
			access: 'MANAGE',
			target: (ctx) => {
				const groupId = objectBody(ctx.body).group_id;
				return { groupId: typeof groupId === 'string' ? groupId : undefined };
			},
		},
		handler: create,
	},
	connectionRoute('GET', '/v1/connections/:connectionId', 'READ', (ctx) =>
		ok(presentConnection(findConnection(ctx))),
	),
	connectionRoute('PATCH', '/v1/connections/:connectionId', 'MANAGE', update),
	connectionRoute('DELETE', '/v1/connections/:connectionId', 'MANAGE', remove),
];
