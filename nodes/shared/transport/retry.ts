/**
 * The retry policy as pure functions, so every method x failure combination is unit tested
 * without HTTP. request.ts applies the decisions.
 */
import type { IHttpRequestMethods } from 'n8n-workflow';

/**
 * - rateLimited: 429, the request was refused, safe to re-send for every method.
 * - serverError: 5xx, Fivetran may or may not have applied the change.
 * - ambiguousNetwork: connection reset or timeout after the request left; outcome unknown.
 * - notSent: connection refused / DNS failure; the request never reached Fivetran.
 * - clientError: any other 4xx, a real answer; never retried.
 */
export type FailureKind =
	'rateLimited' | 'serverError' | 'ambiguousNetwork' | 'notSent' | 'clientError';

export type RetryDecision =
	| { retry: true; waitMs: number }
	| {
			retry: false;
			reason:
				| 'notRetryable'
				| 'retriesExhausted'
				| 'rateLimitExhausted'
				| 'rateLimitRetriesExhausted'
				| 'outcomeUnknown';
	  };

export interface RetryInput {
	kind: FailureKind;
	idempotent: boolean;
	/** Retries already made for 5xx / network failures of this request. */
	transientRetries: number;
	maxRetries: number;
	/** 429 retries already made for this request (drives the back-off when Retry-After is missing). */
	rateLimitRetries: number;
	/** Total time this request already waited because of 429s (its own and other requests'). */
	rateLimitWaitedMs: number;
	maxRateLimitWaitMs: number;
	/** A wait the server asked for (see parseRetryAfter: never 0, negative or past). */
	retryAfterSeconds?: number;
	/** 0 <= random < 1; injected by tests. */
	random: number;
}

const TRANSIENT_BASE_MS = 500;
const TRANSIENT_CAP_MS = 20_000;
/** The first back-off after a 429 without a usable Retry-After is 1-2 s, then 2-4 s, ... */
const RATE_LIMIT_BASE_MS = 2_000;
const RATE_LIMIT_CAP_MS = 60_000;
/** No 429 is retried sooner than this, whatever the server says. */
export const RATE_LIMIT_FLOOR_MS = 1_000;
/**
 * 429 retries of one request, on top of the "Max Wait on Rate Limit" budget: a server that
 * keeps answering 429 gets at most this many more requests.
 */
export const MAX_RATE_LIMIT_RETRIES = 10;

/** GET/PATCH/PUT/DELETE are idempotent; POST only when the caller says so (setup tests, schema reload). */
export function isIdempotent(method: IHttpRequestMethods, idempotent?: boolean): boolean {
	if (idempotent !== undefined) return idempotent;
	return method !== 'POST';
}

/** Exponential back-off with jitter: between half and all of base * 2^attempt, capped. */
export function backoffMs(attempt: number, random: number, baseMs: number, capMs: number): number {
	const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
	return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

export function decideRetry(input: RetryInput): RetryDecision {
	switch (input.kind) {
		case 'clientError':
			return { retry: false, reason: 'notRetryable' };
		case 'rateLimited': {
			if (input.rateLimitRetries >= MAX_RATE_LIMIT_RETRIES) {
				return { retry: false, reason: 'rateLimitRetriesExhausted' };
			}
			const askedMs =
				input.retryAfterSeconds !== undefined
					? Math.ceil(input.retryAfterSeconds * 1000)
					: backoffMs(input.rateLimitRetries, input.random, RATE_LIMIT_BASE_MS, RATE_LIMIT_CAP_MS);
			const waitMs = Math.max(RATE_LIMIT_FLOOR_MS, askedMs);
			if (input.rateLimitWaitedMs + waitMs > input.maxRateLimitWaitMs) {
				return { retry: false, reason: 'rateLimitExhausted' };
			}
			return { retry: true, waitMs };
		}
		case 'serverError':
		case 'ambiguousNetwork':
			if (!input.idempotent) return { retry: false, reason: 'outcomeUnknown' };
			return transientRetry(input);
		case 'notSent':
			return transientRetry(input);
	}
}

function transientRetry(input: RetryInput): RetryDecision {
	if (input.transientRetries >= input.maxRetries)
		return { retry: false, reason: 'retriesExhausted' };
	return {
		retry: true,
		waitMs: backoffMs(input.transientRetries, input.random, TRANSIENT_BASE_MS, TRANSIENT_CAP_MS),
	};
}

/** Classifies an HTTP status that is not a success. */
export function kindOfStatus(status: number): FailureKind {
	if (status === 429) return 'rateLimited';
	if (status >= 500) return 'serverError';
	return 'clientError';
}

const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);

/** Classifies a thrown network error by its code (searched on the error and its causes). */
export function kindOfNetworkError(code: string | undefined): FailureKind {
	if (code !== undefined && NOT_SENT_CODES.has(code)) return 'notSent';
	return 'ambiguousNetwork';
}
