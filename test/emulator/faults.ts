/**
 * Injected failures, switchable per test. A fault matches by method and path, fires `times`
 * times (default 1) and then disappears.
 *
 * `when: 'before'` (default) breaks the request before the handler runs: nothing changed.
 * `when: 'after'` lets the handler run (state changed) and then breaks the answer: the
 * ambiguous failure a client must not blindly retry for non-idempotent requests.
 */
import type { HttpMethod } from './types';

export interface FaultMatch {
	method?: HttpMethod;
	/** A string matches the exact request path or the route pattern; a RegExp tests the path. */
	path?: string | RegExp;
	times?: number;
	when?: 'before' | 'after';
}

export type FaultKind =
	/** An error status with a JSON envelope (default) or an HTML error page (proxies). */
	| { kind: 'status'; status?: 500 | 502 | 503 | number; body?: 'json' | 'html' }
	/** The socket is destroyed without an answer. */
	| { kind: 'reset' }
	/** The answer is delayed by `ms` of real time (for client time-outs). */
	| { kind: 'slow'; ms: number }
	/**
	 * A JSON body cut in the middle, or, with `after`, right after the first occurrence of that
	 * text plus `keep` characters (default 8): `{ after: '"secret":"' }` ends the answer in the
	 * first characters of a secret, as a connection dropped mid-answer would.
	 */
	| { kind: 'truncated'; after?: string; keep?: number }
	/** A 200 text/html page instead of JSON. */
	| { kind: 'nonJson' }
	/** A 2xx envelope without `data`. */
	| { kind: 'noData' }
	/** A 2xx envelope whose `data` lacks one field (e.g. a created key without its `secret`). */
	| { kind: 'withoutField'; field: string }
	/** A 2xx answer whose code is `InternalError` instead of `Success`. */
	| { kind: 'codeNotSuccess' }
	/**
	 * The real 2xx answer with `fields` merged into `data` and into every record of
	 * `data.items`: a Fivetran that misbehaves, e.g. `{ secret: '<the real secret>' }` puts a
	 * system key's or webhook's secret in clear into a Get or List answer, where Fivetran's
	 * definition has none (system keys) or a masked one (webhooks). Use with `when: 'after'`.
	 */
	| { kind: 'withData'; fields: Record<string, unknown> }
	/**
	 * A list page without records that still carries a `next_cursor` (`empty-page-1`,
	 * `empty-page-2`, ... one per fire): a client that follows it never stops.
	 */
	| { kind: 'emptyPage' };

export type FaultSpec = FaultMatch & FaultKind;

interface ActiveFault {
	spec: FaultSpec;
	remaining: number;
}

/** What the server writes on the wire. */
export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	body: string;
}

const HTML_ERROR_PAGE =
	'<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';

export class Faults {
	private readonly active: ActiveFault[] = [];
	/** How many faults fired since the last `clear()`. */
	fired = 0;
	/** Numbers the cursors of `emptyPage` answers. */
	private emptyPages = 0;

	add(spec: FaultSpec): this {
		this.active.push({ spec, remaining: spec.times ?? 1 });
		return this;
	}

	clear(): void {
		this.active.length = 0;
		this.fired = 0;
		this.emptyPages = 0;
	}

	/** The broken answer for a fault this object handed out (see faultResponse). */
	respond(fault: FaultSpec, real?: RawResponse): RawResponse | 'reset' | undefined {
		if (fault.kind === 'emptyPage') this.emptyPages += 1;
		return faultResponse(fault, real, this.emptyPages);
	}

	get pending(): number {
		return this.active.length;
	}

	/** Takes (consumes one use of) the first fault matching this request and phase. */
	take(
		when: 'before' | 'after',
		method: string,
		path: string,
		routePattern: string | undefined,
	): FaultSpec | undefined {
		if (this.active.length === 0) return undefined;
		const index = this.active.findIndex(
			({ spec }) =>
				(spec.when ?? 'before') === when &&
				(spec.method === undefined || spec.method === method) &&
				pathMatches(spec.path, path, routePattern),
		);
		if (index < 0) return undefined;
		const fault = this.active[index];
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.active.splice(index, 1);
		this.fired += 1;
		return fault.spec;
	}
}

function pathMatches(
	pattern: string | RegExp | undefined,
	path: string,
	routePattern: string | undefined,
): boolean {
	if (pattern === undefined) return true;
	if (typeof pattern === 'string') return pattern === path || pattern === routePattern;
	return pattern.test(path);
}

/**
 * The broken answer for a fault, given the real answer when the handler ran (`after`).
 * Returns `'reset'` for a destroyed socket and `undefined` when the request proceeds
 * normally (a `slow` fault only delays it).
 */
export function faultResponse(
	fault: FaultSpec,
	real?: RawResponse,
	emptyPageNumber = 1,
): RawResponse | 'reset' | undefined {
	const headers = { ...(real?.headers ?? {}), 'Content-Type': 'application/json' };
	switch (fault.kind) {
		case 'reset':
			return 'reset';
		case 'slow':
			return real;
		case 'status':
			return fault.body === 'html'
				? {
						status: fault.status ?? 502,
						headers: { ...headers, 'Content-Type': 'text/html' },
						body: HTML_ERROR_PAGE,
					}
				: {
						status: fault.status ?? 500,
						headers,
						body: JSON.stringify({
							code: 'InternalError',
							message: 'Internal server error (injected fault)',
						}),
					};
		case 'nonJson':
			return {
				status: 200,
				headers: { ...headers, 'Content-Type': 'text/html' },
				body: HTML_ERROR_PAGE,
			};
		case 'truncated': {
			const full =
				real?.body ?? JSON.stringify({ code: 'Success', data: { items: [{ id: 'cut' }] } });
			return { status: real?.status ?? 200, headers, body: cut(full, fault) };
		}
		case 'withData': {
			const envelope = parseEnvelope(real?.body);
			const data = (envelope.data ?? {}) as Record<string, unknown>;
			if (Array.isArray(data.items)) {
				data.items = data.items.map((item: Record<string, unknown>) => ({
					...item,
					...fault.fields,
				}));
			}
			envelope.data = { ...data, ...fault.fields };
			return { status: real?.status ?? 200, headers, body: JSON.stringify(envelope) };
		}
		case 'emptyPage':
			return {
				status: 200,
				headers,
				body: JSON.stringify({
					code: 'Success',
					data: { items: [], next_cursor: `empty-page-${emptyPageNumber}` },
				}),
			};
		case 'noData':
		case 'withoutField':
		case 'codeNotSuccess': {
			const envelope = parseEnvelope(real?.body);
			if (fault.kind === 'noData') delete envelope.data;
			else if (fault.kind === 'withoutField') {
				if (typeof envelope.data === 'object' && envelope.data !== null) {
					delete (envelope.data as Record<string, unknown>)[fault.field];
				}
			} else envelope.code = 'InternalError';
			return {
				status: real !== undefined && real.status < 300 ? real.status : 200,
				headers,
				body: JSON.stringify(envelope),
			};
		}
	}
}

/** The body cut in the middle, or `keep` characters after the first `after`. */
function cut(body: string, fault: { after?: string; keep?: number }): string {
	const at = fault.after === undefined ? -1 : body.indexOf(fault.after);
	if (fault.after === undefined || at < 0) {
		return body.slice(0, Math.max(1, Math.floor(body.length / 2)));
	}
	return body.slice(0, at + fault.after.length + (fault.keep ?? 8));
}

function parseEnvelope(body: string | undefined): Record<string, unknown> {
	if (body === undefined) return { code: 'Success' };
	try {
		return JSON.parse(body) as Record<string, unknown>;
	} catch {
		return { code: 'Success' };
	}
}
