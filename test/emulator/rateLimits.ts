/**
 * Fivetran's rate limits, switchable per test. Windows are rolling and use the emulator
 * clock, so a test can exhaust a limit and then `clock.advance()` past it.
 *
 * Levels: the account-wide window (default 20,000 requests per hour, as on a paid account;
 * its figures go in `X-Rate-Limit` / `X-Rate-Limit-Remaining` on every answer), optional
 * per-endpoint windows (method + route pattern), optional windows per `Route.rateBucket`,
 * and `force(n)` to make the next n matching requests answer 429 whatever the counts.
 */
import { ApiError, type HttpMethod, type Route } from './types';

export interface WindowLimit {
	limit: number;
	windowMs: number;
}

export const HOUR_MS = 3_600_000;
export const DEFAULT_ACCOUNT_LIMIT: WindowLimit = { limit: 20_000, windowMs: HOUR_MS };

type Bucket = NonNullable<Route['rateBucket']>;

/** What each level's 429 message says is limited, in Fivetran's words. */
const BUCKET_NOUNS: Record<Bucket, string> = {
	setup_test: 'setup tests can be run',
	source_interaction: 'source interaction requests can be made',
	user_creation: 'users can be created',
	connection_creation: 'connectors can be created',
};

/** Timestamps of counted requests in one rolling window. */
class RollingWindow {
	private readonly hits: number[] = [];
	private start = 0;

	constructor(readonly limit: WindowLimit) {}

	private prune(now: number): void {
		while (this.start < this.hits.length && this.hits[this.start] <= now - this.limit.windowMs)
			this.start += 1;
		// Compact now and then so the array does not grow without bound.
		if (this.start > 1024 && this.start * 2 > this.hits.length) {
			this.hits.splice(0, this.start);
			this.start = 0;
		}
	}

	used(now: number): number {
		this.prune(now);
		return this.hits.length - this.start;
	}

	/** Seconds until the oldest counted request leaves the window. */
	retryAfterSeconds(now: number): number {
		this.prune(now);
		const oldest = this.hits[this.start] ?? now;
		return Math.max(1, Math.ceil((oldest + this.limit.windowMs - now) / 1000));
	}

	hit(now: number): void {
		this.hits.push(now);
	}
}

interface ForcedLimit {
	remaining: number;
	retryAfter: number | string | null;
	method?: HttpMethod;
	path?: string | RegExp;
}

export interface RateCheck {
	method: string;
	path: string;
	/** Route pattern when the path matched a route. */
	routePattern?: string;
	bucket?: Bucket;
	now: number;
}

export class RateLimits {
	private account: RollingWindow | undefined = new RollingWindow(DEFAULT_ACCOUNT_LIMIT);
	private readonly endpoints = new Map<string, RollingWindow>();
	private readonly buckets = new Map<Bucket, RollingWindow>();
	private readonly forced: ForcedLimit[] = [];
	/** When false, 429 answers carry no Retry-After header (clients must cope). */
	retryAfterHeader = true;

	/** Sets the account-wide window; `null` removes the limit (headers then show the default). */
	setAccountLimit(limit: number | null, windowMs = HOUR_MS): void {
		this.account = limit === null ? undefined : new RollingWindow({ limit, windowMs });
	}

	/** A window for one endpoint, e.g. `setEndpointLimit('POST', '/v1/users', 2)`. */
	setEndpointLimit(
		method: HttpMethod,
		routePattern: string,
		limit: number,
		windowMs = HOUR_MS,
	): void {
		this.endpoints.set(`${method} ${routePattern}`, new RollingWindow({ limit, windowMs }));
	}

	/** A window shared by every route of a `rateBucket`. */
	setBucketLimit(bucket: Bucket, limit: number, windowMs = HOUR_MS): void {
		this.buckets.set(bucket, new RollingWindow({ limit, windowMs }));
	}

	/**
	 * The next `count` matching requests answer 429 (`Infinity`: every one, until `reset()`).
	 * `retryAfter` in seconds (default 1); `null` sends no Retry-After header; a string is sent
	 * verbatim, for the values a misbehaving server or proxy sends (`'0'`, `'-1'`, `'abc 2'`, an
	 * HTTP date in the past). Fivetran itself sends whole seconds (Fivetran docs, "Rate limits").
	 */
	force(
		count: number,
		options: {
			retryAfter?: number | string | null;
			method?: HttpMethod;
			path?: string | RegExp;
		} = {},
	): void {
		this.forced.push({
			remaining: count,
			retryAfter: options.retryAfter === undefined ? 1 : options.retryAfter,
			method: options.method,
			path: options.path,
		});
	}

	/** Back to the defaults: account window only, all counts reset. */
	reset(): void {
		this.account = new RollingWindow(DEFAULT_ACCOUNT_LIMIT);
		this.endpoints.clear();
		this.buckets.clear();
		this.forced.length = 0;
		this.retryAfterHeader = true;
	}

	/** `X-Rate-Limit` and `X-Rate-Limit-Remaining` for the account window. */
	headers(now: number): Record<string, string> {
		const limit = this.account?.limit.limit ?? DEFAULT_ACCOUNT_LIMIT.limit;
		const used = this.account?.used(now) ?? 0;
		return {
			'X-Rate-Limit': String(limit),
			'X-Rate-Limit-Remaining': String(Math.max(0, limit - used)),
		};
	}

	/** Counts the request, or throws the 429 of the first level that is exhausted. */
	check(request: RateCheck): void {
		this.checkForced(request);
		const levels: Array<[RollingWindow | undefined, string]> = [
			[this.account, 'requests can be made'],
			[
				request.routePattern === undefined
					? undefined
					: this.endpoints.get(`${request.method} ${request.routePattern}`),
				`requests to ${request.method} ${request.routePattern ?? ''} can be made`,
			],
			[
				request.bucket === undefined ? undefined : this.buckets.get(request.bucket),
				request.bucket ? BUCKET_NOUNS[request.bucket] : '',
			],
		];
		for (const [window, noun] of levels) {
			if (window && window.used(request.now) >= window.limit.limit) {
				throw this.tooMany(
					`No more than ${window.limit.limit} ${noun} ${describeWindow(window.limit.windowMs)}`,
					window.retryAfterSeconds(request.now),
				);
			}
		}
		for (const [window] of levels) window?.hit(request.now);
	}

	private checkForced(request: RateCheck): void {
		const index = this.forced.findIndex(
			(forced) =>
				(forced.method === undefined || forced.method === request.method) &&
				(forced.path === undefined ||
					(typeof forced.path === 'string'
						? forced.path === request.path || forced.path === request.routePattern
						: forced.path.test(request.path))),
		);
		if (index < 0) return;
		const forced = this.forced[index];
		forced.remaining -= 1;
		if (forced.remaining <= 0) this.forced.splice(index, 1);
		throw this.tooMany('No more than 20000 requests can be made hourly', forced.retryAfter);
	}

	private tooMany(message: string, retryAfter: number | string | null): ApiError {
		const headers =
			this.retryAfterHeader && retryAfter !== null
				? { 'Retry-After': String(retryAfter) }
				: undefined;
		return new ApiError(429, 'TooManyRequests', message, headers);
	}
}

function describeWindow(windowMs: number): string {
	if (windowMs === HOUR_MS) return 'hourly';
	if (windowMs === 60_000) return 'per minute';
	if (windowMs === 24 * HOUR_MS) return 'daily';
	return `per ${windowMs / 1000} seconds`;
}
