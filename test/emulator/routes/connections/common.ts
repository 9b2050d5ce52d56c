/**
 * Shared pieces of the connection routes: finding the connection of a request (with the
 * legacy-aware 404), the permission declaration, and what a connection looks like on the wire.
 */
import { notFound } from '../../respond';
import type { ConnectionRecord } from '../../state';
import type { HttpMethod, Route, RouteContext, RoutePermission } from '../../types';

/** 404 for a connection: `NotFound_Connector` on legacy `/v1/connectors` paths. */
export function connectionNotFound(ctx: RouteContext, id: string): Error {
	return notFound(ctx.legacy ? 'Connector' : 'Connection', id);
}

export function findConnection(ctx: RouteContext): ConnectionRecord {
	const id = ctx.params.connectionId;
	const connection = ctx.state.connections.get(id);
	if (!connection) throw connectionNotFound(ctx, id);
	return connection;
}

/** Connection-scoped routes: a system key needs CONNECTOR access to this connection or its group. */
function connectionPermission(access: RoutePermission['access']): RoutePermission {
	return {
		resourceType: 'CONNECTOR',
		access,
		target: (ctx) => ({
			id: ctx.params.connectionId,
			groupId: ctx.state.connections.get(ctx.params.connectionId)?.group_id,
		}),
	};
}

/** A route on one connection (`:connectionId` in the path), with its permission declared. */
export function connectionRoute(
	method: HttpMethod,
	path: string,
	access: RoutePermission['access'],
	handler: Route['handler'],
	rateBucket?: Route['rateBucket'],
): Route {
	return {
		method,
		path,
		handler,
		permission: connectionPermission(access),
		...(rateBucket ? { rateBucket } : {}),
	};
}

const MASKED = '******';
const SECRET_KEY = /password|secret|token|private_key|api_key|client_access/i;

/** Config as the API returns it: secret values masked (recursively). */
function maskSecrets(value: unknown, key = ''): unknown {
	if (SECRET_KEY.test(key) && value !== null && value !== undefined) return MASKED;
	if (Array.isArray(value)) return value.map((item) => maskSecrets(item));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskSecrets(v, k)]));
	}
	return value;
}

/** Kept server-side: secrets (`auth`) and what has its own endpoint (`state`, schema config). */
const HIDDEN_FIELDS = ['auth', 'state', 'schema_config'] as const;

/** The connection object of the API: never `auth`, connector state or schema config. */
export function presentConnection(connection: ConnectionRecord): Record<string, unknown> {
	const data: Record<string, unknown> = { ...connection, config: maskSecrets(connection.config) };
	for (const hidden of HIDDEN_FIELDS) delete data[hidden];
	return data;
}
