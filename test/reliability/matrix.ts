/**
 * The fault-injection matrix of issue 5 as data: every fault, for a read (Connection Get), an
 * idempotent write (User Update, PATCH) and a non-idempotent create (User Invite, POST), with
 * the requests the emulator must receive and the outcome. faultMatrix.test.ts runs it against
 * the emulator; writeMatrix.ts renders it into MATRIX.md.
 */
import type { FaultSpec } from '../emulator';

export const TARGETS = ['read', 'write', 'create'] as const;
export type Target = (typeof TARGETS)[number];

export const TARGET_LABELS: Record<Target, string> = {
	read: 'Connection Get (GET)',
	write: 'User Update (PATCH)',
	create: 'User Invite (POST)',
};

/**
 * A 429 from the emulator's rate limits (Retry-After as sent: seconds, a raw header value, or
 * none; `times` 429s, default 1), or an injected fault (method and path are added per target).
 */
export type MatrixFault =
	| { rateLimit: { retryAfter: number | string | null; times?: number } }
	| { fault: UntargetedFault };

/** Omit applied to each member of a union (a plain Omit merges the fault kinds into one). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One fault kind without its target. */
export type UntargetedFault = OmitEach<FaultSpec, 'method' | 'path'>;

export interface Expectation {
	/** Requests the emulator received for the target. */
	requests: number;
	/** Undefined: the item came out. Otherwise the error message must match. */
	error?: RegExp;
	/** The error's httpCode, when it has one. */
	httpCode?: string;
	/** Create only: users with the invited e-mail after the run (never 2). */
	created?: 0 | 1;
	/** What MATRIX.md says about the outcome. */
	summary: string;
}

export interface MatrixRow {
	name: string;
	fault: MatrixFault;
	/** The slow rows run with this Timeout (ms) in Request Options. */
	timeoutMs?: number;
	/** Total back-off the transport must ask for (fake time), when the row is about waiting. */
	waitedMs?: number;
	expect: Record<Target, Expectation>;
}

const OUTCOME_UNKNOWN = /outcome of this request is unknown .*not sent again.*\[OutcomeUnknown\]$/;
const NOT_JSON = /not a JSON envelope/;

/** A 429 was not applied, so every method waits and re-sends it once; then the item came out. */
function waitedAndRetried(wait: string): Record<Target, Expectation> {
	const ok = { requests: 2, summary: `item returned after waiting ${wait} and 1 retry` };
	return {
		read: ok,
		write: ok,
		create: { ...ok, created: 1, summary: `${ok.summary} (1 user created)` },
	};
}

/** 10 retries backed off (1.5 s, 3 s, ... 45 s), then a rate-limit error; nothing created. */
function gaveUpOnRateLimit(): Record<Target, Expectation> {
	const failed = {
		requests: 11,
		error: /No more than .* hourly \[TooManyRequests\]$/,
		httpCode: '429',
		summary: 'error TooManyRequests after 10 retries (271.5 s of back-off)',
	};
	return {
		read: failed,
		write: failed,
		create: { ...failed, created: 0, summary: `${failed.summary} (0 user created)` },
	};
}

/** Reads and idempotent writes are retried; the create is not re-sent and reports an unknown outcome. */
function idempotentOnly(created: 0 | 1, httpCode?: string): Record<Target, Expectation> {
	const ok = { requests: 2, summary: 'item returned after 1 retry' };
	return {
		read: ok,
		write: ok,
		create: {
			requests: 1,
			error: OUTCOME_UNKNOWN,
			httpCode,
			created,
			summary: `error OutcomeUnknown, not re-sent (${created} user created)`,
		},
	};
}

/** A 2xx answer the node cannot use: a clear error, never retried, never a silent empty item. */
function unusable(error: RegExp, what: string, created: 0 | 1 = 1): Record<Target, Expectation> {
	const failed = { requests: 1, error, httpCode: '200', summary: `error: ${what}` };
	return {
		read: failed,
		write: { ...failed, summary: `error: ${what}; "most likely applied, check first"` },
		create: {
			...failed,
			httpCode: undefined,
			created,
			summary: `error: ${what}, not re-sent (${created} user created)`,
		},
	};
}

const SLOW = { timeoutMs: 50 };

export const MATRIX: MatrixRow[] = [
	{
		name: '429 with Retry-After: 7',
		fault: { rateLimit: { retryAfter: 7 } },
		waitedMs: 7000,
		expect: waitedAndRetried('7 s'),
	},
	{
		name: '429 without Retry-After',
		fault: { rateLimit: { retryAfter: null } },
		waitedMs: 1500,
		expect: waitedAndRetried('1.5 s (back-off)'),
	},
	// Values that ask for no wait count as absent: the back-off, never an immediate retry.
	...['0', '-1', 'abc 2', 'Thu, 01 Jan 1970 00:00:00 GMT'].map((retryAfter): MatrixRow => ({
		name: `429 with Retry-After: ${retryAfter}`,
		fault: { rateLimit: { retryAfter } },
		waitedMs: 1500,
		expect: waitedAndRetried('1.5 s (back-off, the value is ignored)'),
	})),
	{
		name: '429 with Retry-After: 0, forever',
		fault: { rateLimit: { retryAfter: '0', times: Number.POSITIVE_INFINITY } },
		waitedMs: 271_500,
		expect: gaveUpOnRateLimit(),
	},
	...([500, 503] as const).flatMap((status) =>
		(['before', 'after'] as const).map((when): MatrixRow => ({
			name: `${status} (JSON), ${when} the handler`,
			fault: { fault: { kind: 'status', status, when } },
			expect: idempotentOnly(when === 'after' ? 1 : 0, String(status)),
		})),
	),
	...(['before', 'after'] as const).map((when): MatrixRow => ({
		name: `502 HTML page, ${when} the handler`,
		fault: { fault: { kind: 'status', status: 502, body: 'html', when } },
		expect: idempotentOnly(when === 'after' ? 1 : 0, '502'),
	})),
	...(['before', 'after'] as const).map((when): MatrixRow => ({
		name: `connection reset, ${when} the handler`,
		fault: { fault: { kind: 'reset', when } },
		expect: idempotentOnly(when === 'after' ? 1 : 0),
	})),
	...(['before', 'after'] as const).map((when): MatrixRow => ({
		// The handler runs either way: a timed-out create most likely happened.
		name: `slow answer (300 ms) past Timeout 50 ms, ${when} the handler`,
		fault: { fault: { kind: 'slow', ms: 300, when } },
		...SLOW,
		expect: idempotentOnly(1),
	})),
	{
		name: 'HTML page with 200, before the handler (proxy)',
		fault: { fault: { kind: 'nonJson', when: 'before' } },
		expect: unusable(NOT_JSON, 'not a JSON envelope, HTTP 200', 0),
	},
	{
		name: 'HTML page with 200, after the handler',
		fault: { fault: { kind: 'nonJson', when: 'after' } },
		expect: unusable(NOT_JSON, 'not a JSON envelope, HTTP 200'),
	},
	{
		name: 'truncated JSON, after the handler',
		fault: { fault: { kind: 'truncated', when: 'after' } },
		expect: unusable(NOT_JSON, 'not a JSON envelope'),
	},
	{
		name: 'envelope without data, after the handler',
		fault: { fault: { kind: 'noData', when: 'after' } },
		expect: unusable(/without the record \('data' is missing\)/, "'data' is missing"),
	},
	{
		name: "2xx with code 'InternalError', after the handler",
		fault: { fault: { kind: 'codeNotSuccess', when: 'after' } },
		expect: unusable(/\[InternalError\]$/, 'code InternalError with HTTP 2xx'),
	},
];

/** MATRIX.md: one line per case and operation, as asserted by faultMatrix.test.ts. */
export function renderMatrix(): string {
	const lines = MATRIX.flatMap((row) =>
		TARGETS.map((target) => {
			const { requests, summary } = row.expect[target];
			return `| ${row.name} | ${TARGET_LABELS[target]} | ${requests} | ${summary} |`;
		}),
	);
	return [
		'# Fault-injection matrix (issue 5)',
		'',
		'Generated by `npx ts-node --transpile-only test/reliability/writeMatrix.ts` from',
		'`matrix.ts`, the table `faultMatrix.test.ts` runs against the emulator through real n8n-core.',
		'"Requests sent" is what the emulator received; "user created" counts the invited users',
		'after the run (a create is never applied twice). Back-off waits use fake transport time.',
		'',
		'| Case | Operation | Requests sent | Outcome |',
		'|---|---|---|---|',
		...lines,
		'',
	].join('\n');
}
