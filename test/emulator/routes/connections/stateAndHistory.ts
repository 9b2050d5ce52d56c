/**
 * Connector state (Connector SDK and Function connections only) and sync history.
 */
import { hasConnectorState } from '../../catalog/connectorTypes';
import { paginate } from '../../pagination';
import { conflict, invalidInput, objectBody, ok } from '../../respond';
import type { ConnectionRecord } from '../../state';
import { historyOf, runningSyncId } from '../../sync';
import type { JsonObject, Route, RouteContext } from '../../types';
import { connectionRoute, findConnection } from './common';
import { optionalObject } from './fields';

const HOUR_MS = 3_600_000;
const MAX_WINDOW_MS = 7 * 24 * HOUR_MS;

function stateConnection(ctx: RouteContext): ConnectionRecord {
	const connection = findConnection(ctx);
	if (!hasConnectorState(connection.service)) {
		throw invalidInput(
			`Connection with id '${connection.id}' does not support state: only Connector SDK and Function connections have one`,
		);
	}
	return connection;
}

function getState(ctx: RouteContext) {
	const connection = stateConnection(ctx);
	if (!connection.state)
		throw invalidInput(`Connection with id '${connection.id}' has no state yet`);
	return ok({ state: connection.state });
}

function patchState(ctx: RouteContext) {
	const connection = stateConnection(ctx);
	const body = objectBody(ctx.body);
	if (!connection.paused || runningSyncId(ctx.state, connection.id) !== undefined) {
		throw conflict(
			`Connection with id '${connection.id}' must be paused, with no sync running, before its state is changed`,
		);
	}
	// null or omitted means "no change".
	const state = body.state === null ? undefined : optionalObject(body, 'state');
	if (state) connection.state = state as JsonObject;
	return ok({ state: connection.state ?? null });
}

function timeParam(ctx: RouteContext, name: string): number | undefined {
	const raw = ctx.query.get(name);
	if (raw === null || raw === '') return undefined;
	const ms = Date.parse(raw);
	if (Number.isNaN(ms))
		throw invalidInput(`Invalid value for '${name}': expected an ISO-8601 date-time`);
	return ms;
}

/**
 * Syncs overlapping [start_time, end_time], oldest first. Defaults: end_time now (emulator
 * clock), start_time one hour before end_time; the window may span at most 7 days.
 */
function syncHistory(ctx: RouteContext) {
	const connection = findConnection(ctx);
	const end = timeParam(ctx, 'end_time') ?? ctx.now;
	const start = timeParam(ctx, 'start_time') ?? end - HOUR_MS;
	if (end < start) throw invalidInput("'start_time' must not be after 'end_time'");
	if (end - start > MAX_WINDOW_MS)
		throw invalidInput("'start_time' and 'end_time' must be at most 7 days apart");
	const entries = historyOf(ctx.state, connection.id).filter((entry) => {
		const entryEnd = entry.end_time === null ? ctx.now : Date.parse(entry.end_time);
		return Date.parse(entry.start_time) <= end && entryEnd >= start;
	});
	return paginate(entries, ctx.query);
}

export const stateAndHistoryRoutes: Route[] = [
	connectionRoute('GET', '/v1/connections/:connectionId/state', 'READ', getState),
	connectionRoute('PATCH', '/v1/connections/:connectionId/state', 'MANAGE', patchState),
	connectionRoute('GET', '/v1/connections/:connectionId/sync-history', 'READ', syncHistory),
];
