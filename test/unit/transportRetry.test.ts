import type { IHttpRequestMethods } from 'n8n-workflow';

import {
	backoffMs,
	decideRetry,
	MAX_RATE_LIMIT_RETRIES,
	isIdempotent,
	kindOfNetworkError,
	kindOfStatus,
	type FailureKind,
	type RetryInput,
} from '../../nodes/shared/transport/retry';

const base: RetryInput = {
	kind: 'serverError',
	idempotent: true,
	transientRetries: 0,
	maxRetries: 3,
	rateLimitRetries: 0,
	rateLimitWaitedMs: 0,
	maxRateLimitWaitMs: 300_000,
	random: 0.5,
};

describe('isIdempotent', () => {
	it.each<[IHttpRequestMethods, boolean | undefined, boolean]>([
		['GET', undefined, true],
		['PATCH', undefined, true],
		['PUT', undefined, true],
		['DELETE', undefined, true],
		['POST', undefined, false],
		['POST', true, true],
		['GET', false, false],
	])('%s (idempotent: %p) -> %p', (method, flag, expected) => {
		expect(isIdempotent(method, flag)).toBe(expected);
	});
});

describe('decideRetry: every method x failure kind', () => {
	const methods: Array<[IHttpRequestMethods, boolean | undefined]> = [
		['GET', undefined],
		['PATCH', undefined],
		['PUT', undefined],
		['DELETE', undefined],
		['POST', undefined],
		['POST', true],
	];
	const expected: Record<FailureKind, (idempotent: boolean) => boolean | string> = {
		rateLimited: () => true,
		serverError: (idempotent) => idempotent || 'outcomeUnknown',
		ambiguousNetwork: (idempotent) => idempotent || 'outcomeUnknown',
		notSent: () => true,
		clientError: () => 'notRetryable',
	};
	for (const [method, flag] of methods) {
		for (const kind of Object.keys(expected) as FailureKind[]) {
			const idempotent = isIdempotent(method, flag);
			const want = expected[kind](idempotent);
			it(`${method}${flag ? ' (idempotent)' : ''} after ${kind}: ${want === true ? 'retry' : want}`, () => {
				const decision = decideRetry({ ...base, kind, idempotent, retryAfterSeconds: 2 });
				if (want === true) expect(decision.retry).toBe(true);
				else expect(decision).toEqual({ retry: false, reason: want });
			});
		}
	}
});

describe('decideRetry: limits and waits', () => {
	it('waits Retry-After seconds on 429', () => {
		expect(decideRetry({ ...base, kind: 'rateLimited', retryAfterSeconds: 7 })).toEqual({
			retry: true,
			waitMs: 7000,
		});
	});

	it('backs off exponentially with jitter when Retry-After is missing', () => {
		const waits = [0, 1, 2, 3].map((rateLimitRetries) =>
			decideRetry({ ...base, kind: 'rateLimited', rateLimitRetries, random: 0 }),
		);
		expect(waits).toEqual([1000, 2000, 4000, 8000].map((waitMs) => ({ retry: true, waitMs })));
		expect(decideRetry({ ...base, kind: 'rateLimited', random: 0.999 })).toEqual({
			retry: true,
			waitMs: 1999,
		});
		expect(
			decideRetry({ ...base, kind: 'rateLimited', rateLimitRetries: 9, random: 0.999 }),
		).toEqual({ retry: true, waitMs: 59_970 });
	});

	it('never retries a 429 sooner than 1 s, whatever Retry-After says', () => {
		for (const retryAfterSeconds of [0.001, 0.2, 0.999]) {
			expect(decideRetry({ ...base, kind: 'rateLimited', retryAfterSeconds })).toEqual({
				retry: true,
				waitMs: 1000,
			});
		}
		expect(decideRetry({ ...base, kind: 'rateLimited', retryAfterSeconds: 1.0001 })).toEqual({
			retry: true,
			waitMs: 1001,
		});
	});

	it(`retries a 429 at most ${MAX_RATE_LIMIT_RETRIES} times per request, within the wait budget`, () => {
		const input = {
			...base,
			kind: 'rateLimited' as const,
			retryAfterSeconds: 1,
			maxRateLimitWaitMs: Number.MAX_SAFE_INTEGER,
		};
		expect(decideRetry({ ...input, rateLimitRetries: MAX_RATE_LIMIT_RETRIES - 1 })).toEqual({
			retry: true,
			waitMs: 1000,
		});
		expect(decideRetry({ ...input, rateLimitRetries: MAX_RATE_LIMIT_RETRIES })).toEqual({
			retry: false,
			reason: 'rateLimitRetriesExhausted',
		});
		expect(MAX_RATE_LIMIT_RETRIES).toBe(10);
	});

	it('gives up on 429 when the total wait would exceed Max Wait on Rate Limit', () => {
		const input = {
			...base,
			kind: 'rateLimited' as const,
			retryAfterSeconds: 60,
			maxRateLimitWaitMs: 100_000,
		};
		expect(decideRetry({ ...input, rateLimitWaitedMs: 40_000 })).toEqual({
			retry: true,
			waitMs: 60_000,
		});
		expect(decideRetry({ ...input, rateLimitWaitedMs: 40_001 })).toEqual({
			retry: false,
			reason: 'rateLimitExhausted',
		});
		expect(decideRetry({ ...input, retryAfterSeconds: 3600, maxRateLimitWaitMs: 300_000 })).toEqual(
			{
				retry: false,
				reason: 'rateLimitExhausted',
			},
		);
	});

	it('stops transient retries after Max Retries', () => {
		expect(decideRetry({ ...base, transientRetries: 2 }).retry).toBe(true);
		expect(decideRetry({ ...base, transientRetries: 3 })).toEqual({
			retry: false,
			reason: 'retriesExhausted',
		});
		expect(decideRetry({ ...base, maxRetries: 0 })).toEqual({
			retry: false,
			reason: 'retriesExhausted',
		});
	});

	it('backs off transient retries 250-500, 500-1000, 1000-2000 ms', () => {
		expect([0, 1, 2].map((n) => backoffMs(n, 0, 500, 20_000))).toEqual([250, 500, 1000]);
		expect([0, 1, 2].map((n) => backoffMs(n, 1, 500, 20_000))).toEqual([500, 1000, 2000]);
		expect(backoffMs(20, 1, 500, 20_000)).toBe(20_000);
	});
});

describe('classification', () => {
	it('maps statuses and network codes', () => {
		expect([429, 500, 502, 503, 400, 401, 404, 409].map(kindOfStatus)).toEqual([
			'rateLimited',
			'serverError',
			'serverError',
			'serverError',
			'clientError',
			'clientError',
			'clientError',
			'clientError',
		]);
		expect(kindOfNetworkError('ECONNREFUSED')).toBe('notSent');
		expect(kindOfNetworkError('ENOTFOUND')).toBe('notSent');
		expect(kindOfNetworkError('ECONNRESET')).toBe('ambiguousNetwork');
		expect(kindOfNetworkError('ETIMEDOUT')).toBe('ambiguousNetwork');
		expect(kindOfNetworkError(undefined)).toBe('ambiguousNetwork');
	});
});
