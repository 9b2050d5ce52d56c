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

/** ISO 8601 date-time, as the definition's examples (2026-01-01T00:00:00Z); an offset is allowed. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function timeParam(ctx: RouteContext, name: string): number | undefined {
	const raw = ctx.query.get(name);
	if (raw === null || raw === '') return undefined;
	const ms = ISO_DATE_TIME.test(raw) ? Date.parse(raw) : Number.NaN;
	if (Number.isNaN(ms))
		throw invalidInput(`Invalid value for '${name}': expected an ISO 8601 date-time`);
	return ms;
}

/**
 * The window of connection_sync_history (2026-09 definition): `start_time` defaults to one hour
 * before `end_time`, `end_time` to one hour after `start_time`, both absent: the last hour;
 * `end_time` must be after `start_time`, at most 7 days apart. A `start_time` more than 7 days in
 * the past is refused too (2026-09/DELTA.md: "The spec returns 400 if start_time is more than 7
 * days in the past"). `duration` is deprecated ("Use start_time and end_time instead"): checked
 * as the int32 it is declared, otherwise ignored.
 */
function historyWindow(ctx: RouteContext): { start: number; end: number } {
	const duration = ctx.query.get('duration');
	if (duration !== null && !/^-?\d{1,10}$/.test(duration))
		throw invalidInput("Invalid value for 'duration': expected an integer");
	const startParam = timeParam(ctx, 'start_time');
	const endParam = timeParam(ctx, 'end_time');
	const end = endParam ?? (startParam === undefined ? ctx.now : startParam + HOUR_MS);
	const start = startParam ?? end - HOUR_MS;
	if (end <= start) throw invalidInput("'end_time' must be after 'start_time'");
	if (end - start > MAX_WINDOW_MS)
		throw invalidInput("'start_time' and 'end_time' must be at most 7 days apart");
	if (start < ctx.now - MAX_WINDOW_MS)
		throw invalidInput("'start_time' must not be more than 7 days in the past");
	return { start, end };
}

/**
 * Syncs that overlap the window (a running one up to now), oldest first: the definition does not
 * say how the window selects syncs nor in which order, so clients must not rely on either.
 */
function syncHistory(ctx: RouteContext) {
	const connection = findConnection(ctx);
	const { start, end } = historyWindow(ctx);
	const entries = historyOf(ctx.state, connection.id).filter((entry) => {
		const entryStart = entry.start === null ? ctx.now : Date.parse(entry.start);
		const entryEnd = entry.end === null ? ctx.now : Date.parse(entry.end);
		return entryStart <= end && entryEnd >= start;
	});
	return paginate(entries, ctx.query);
}

export const stateAndHistoryRoutes: Route[] = [
	connectionRoute('GET', '/v1/connections/:connectionId/state', 'READ', getState),
	connectionRoute('PATCH', '/v1/connections/:connectionId/state', 'MANAGE', patchState),
	connectionRoute('GET', '/v1/connections/:connectionId/sync-history', 'READ', syncHistory),
];
