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

/**
 * Config as the API returns it: secret values masked (recursively). Copy-on-write: a config
 * without secrets comes back as the same object, because copying every config was a third of
 * the cost of presenting a 1,000-connection page (bench/README.md). Answers are serialised
 * right away and never mutated, so sharing is safe.
 */
function maskSecrets(value: unknown, key = ''): unknown {
	if (SECRET_KEY.test(key) && value !== null && value !== undefined) return MASKED;
	if (Array.isArray(value)) {
		const masked = value.map((item) => maskSecrets(item));
		return masked.some((item, index) => item !== value[index]) ? masked : value;
	}
	if (value && typeof value === 'object') {
		let copy: Record<string, unknown> | undefined;
		for (const [k, v] of Object.entries(value)) {
			const masked = maskSecrets(v, k);
			if (masked !== v) {
				copy ??= { ...value };
				copy[k] = masked;
			}
		}
		return copy ?? value;
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
