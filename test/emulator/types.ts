/**
 * Shared contract of the Fivetran API emulator.
 *
 * The emulator mirrors the API's shape: one routes file per resource under `routes/`,
 * each exporting `routes: Route[]`. The server (server.ts) owns HTTP, auth, headers,
 * faults, rate limits and the request log; route handlers are pure functions of
 * (context) -> EmuResponse and never touch sockets.
 */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Who made the request, resolved by the server from the Basic header. */
export interface Caller {
	kind: 'user' | 'system_key';
	/** The API key that authenticated (what the request log shows instead of the secret). */
	apiKey: string;
	/** user id for a user key, system key id for a system key. */
	id: string;
}

export interface EmuResponse {
	status: number;
	/** Serialised as JSON: always an envelope `{ code, message?, data? }`. */
	body: JsonObject;
	headers?: Record<string, string>;
}

/** Thrown by handlers (or helpers) to answer with an error envelope. */
export class ApiError extends Error {
	constructor(
		public readonly status: number,
		public readonly code: string,
		message: string,
		public readonly headers?: Record<string, string>,
	) {
		super(message);
	}
}

export interface RouteContext {
	method: HttpMethod;
	/** Path without query, e.g. `/v1/users/abc`. */
	path: string;
	/** Decoded path parameters, e.g. `{ userId: 'abc' }` for `/v1/users/:userId`. */
	params: Record<string, string>;
	query: URLSearchParams;
	/** Parsed JSON body (POST/PATCH), `undefined` when there is none. */
	body: unknown;
	caller: Caller;
	/**
	 * True when the request came in on a legacy `/v1/connectors...` (or `/v1/metadata/connectors`)
	 * path; the server rewrites those to the `connections` routes, and 404s then say
	 * `NotFound_Connector` instead of `NotFound_Connection`.
	 */
	legacy: boolean;
	/** Current emulator time in ms since the epoch (from the controllable clock). */
	now: number;
	state: import('./state').EmulatorState;
}

/** What a system key must be allowed to do for this route; user keys are checked by role. */
export interface RoutePermission {
	/** Fivetran resource type of the system-key permission model. */
	resourceType:
		| 'ACCOUNT'
		| 'USER'
		| 'WEBHOOK'
		| 'TEAM'
		| 'ROLES'
		| 'DESTINATION'
		| 'TRANSFORMATION'
		| 'REMOTE_EXECUTION_AGENT'
		| 'CONNECTOR';
	access: 'READ' | 'MANAGE';
	/**
	 * For resource filters: returns the ids the request touches (connection id / destination id
	 * and the owning group id). Omitted for account-wide routes.
	 */
	target?: (ctx: RouteContext) => { id?: string; groupId?: string } | undefined;
}

export interface Route {
	method: HttpMethod;
	/** Pattern with `:name` segments, e.g. `/v1/connections/:connectionId/sync`. */
	path: string;
	handler: (ctx: RouteContext) => EmuResponse | Promise<EmuResponse>;
	permission?: RoutePermission;
	/** Only a user key of an Account Administrator may call it (system-key management). */
	adminUserKeyOnly?: boolean;
	/** Counted in the setup-test rate-limit bucket. */
	rateBucket?: 'setup_test' | 'source_interaction' | 'user_creation' | 'connection_creation';
}

/**
 * Runs before every request and on every clock advance: moves simulated syncs forward and
 * delivers queued webhook events. Registered in routes/index.ts (`tickers`).
 */
export type Ticker = (state: import('./state').EmulatorState, now: number) => void | Promise<void>;

/** A webhook event queued by a simulation, delivered by the webhooks ticker. */
export interface OutboxEvent {
	event: string;
	/** Payload fields: connector_id, connector_name, sync_id, destination_group_id, data, ... */
	payload: JsonObject;
	/** The group whose group webhooks receive it (account webhooks receive every event). */
	groupId?: string;
	createdAt: number;
}

/** Deterministic random source in [0, 1) handed to seeders (see seed.ts `createRng`). */
export type Rng = () => number;
