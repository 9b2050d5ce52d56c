/**
 * Property-based tests of the transport's answer handling (issue 16, item 12): random methods,
 * Request Options and sequences of answers (any status, Retry-After values good and bad,
 * envelopes, HTML, junk, JSON cut anywhere, network failures whose error carries the
 * Authorization header). Whatever Fivetran or the network does:
 *   - the request resolves to an envelope or rejects with an n8n error, never anything untyped;
 *   - a request that is not idempotent is sent again only after an answer that proves the first
 *     was not applied (429) or a failure before it was sent (connection refused, DNS);
 *   - no error carries the API secret or any part of a secret from an answer;
 *   - it stops: attempts and back-off are bounded.
 * Fixed seed; the run count keeps the file to a few seconds.
 */
import fc from 'fast-check';
import {
	NodeApiError,
	NodeOperationError,
	type IDataObject,
	type IHttpRequestMethods,
} from 'n8n-workflow';

import {
	fivetranApiRequest,
	type FivetranRequest,
	type TransportContext,
} from '../../nodes/shared/transport';
import { MAX_RATE_LIMIT_RETRIES } from '../../nodes/shared/transport/retry';
import { TEST_NODE, useFakeTransportTime, type FakeTransportTime } from '../harness';
import { allStrings } from '../harness/secrets';

const SEED = 16;
const RUNS = 300;

const API_KEY = 'visible_key_1';
/** The credential's API secret: built, not written out. */
const CANARY = ['canary', '4b7d2e9f1c'].join('-');
const BASIC = Buffer.from(`${API_KEY}:${CANARY}`).toString('base64');
/** A secret some answers carry in `data.secret` (a create or rotate), whole or cut. */
const ANSWER_CANARY = ['sk', '7Qx2Vd9LmP4tZ8rW1nB6'].join('_');
/** The shortest piece of a secret an error must not show. */
const SECRET_PREFIX_LENGTH = 5;

type Answer =
	| { kind: 'http'; status: number; body: string; retryAfter?: unknown }
	| { kind: 'network'; code?: string };

const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);

const statusArb = fc.oneof(
	fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 429, 429, 500, 502, 503),
	fc.integer({ min: 100, max: 599 }),
);

const retryAfterArb: fc.Arbitrary<unknown> = fc.oneof(
	fc.constant(undefined),
	fc.integer({ min: -5, max: 120 }).map(String),
	fc.constantFrom(
		'0',
		'-1',
		'abc 2',
		'1.5',
		'Thu, 01 Jan 1970 00:00:00 GMT',
		'Fri, 31 Dec 2100 23:59:59 GMT',
	),
	fc.double({ min: -10, max: 1e6, noNaN: false }),
	fc.string({ maxLength: 20 }),
	fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
);

const envelopeArb = fc.record(
	{
		code: fc.oneof(
			fc.constantFrom('Success', 'Created', 'NotFound', 'TooManyRequests', 'InternalError'),
			fc.string({ maxLength: 8 }),
		),
		message: fc.string({ maxLength: 30 }),
		data: fc.oneof(
			fc.constant(undefined),
			fc.constant(null),
			fc.constant({ id: 'key_1', secret: ANSWER_CANARY }),
			fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
			fc.array(fc.integer(), { maxLength: 2 }),
		),
	},
	{ requiredKeys: [] },
);

/** A whole envelope, or one cut anywhere (possibly inside the secret). */
const bodyArb: fc.Arbitrary<string> = fc.oneof(
	envelopeArb.map((envelope) => JSON.stringify(envelope)),
	fc.tuple(envelopeArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([envelope, at]) => {
		const text = JSON.stringify({ ...envelope, data: { id: 'key_1', secret: ANSWER_CANARY } });
		return text.slice(0, Math.floor(text.length * at));
	}),
	fc.constant(`{"code":"Success","data":{"secret":"${ANSWER_CANARY.slice(0, 8)}`),
	fc.constant('<html><body><h1>502 Bad Gateway</h1></body></html>'),
	fc.constant(''),
	fc.string({ maxLength: 40 }),
	fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
);

const answerArb: fc.Arbitrary<Answer> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			kind: fc.constant('http' as const),
			status: statusArb,
			body: bodyArb,
			retryAfter: retryAfterArb,
		}),
	},
	{
		weight: 1,
		arbitrary: fc.record(
			{
				kind: fc.constant('network' as const),
				code: fc.option(
					fc.constantFrom(
						'ECONNRESET',
						'ETIMEDOUT',
						'ECONNABORTED',
						'ECONNREFUSED',
						'ENOTFOUND',
						'EPIPE',
						'ERR_CANCELED',
						'EWEIRD',
					),
					{ nil: undefined },
				),
			},
			{ requiredKeys: ['kind'] },
		),
	},
);

const requestArb = fc.record({
	method: fc.constantFrom<IHttpRequestMethods>('GET', 'POST', 'PATCH', 'DELETE', 'PUT'),
	idempotent: fc.option(fc.boolean(), { nil: undefined }),
	expectData: fc.option(fc.boolean(), { nil: undefined }),
	path: fc.constantFrom(
		'/v1/users',
		'/v1/system-keys/key_1/rotate',
		'/v1/webhooks/w_1',
		'/v1/connections/c_1/sync',
	),
});

const optionsArb = fc.record({
	maxRetries: fc.integer({ min: 0, max: 4 }),
	maxRateLimitWait: fc.integer({ min: 0, max: 900 }),
});

/** The error n8n's HTTP helper throws: its config holds the Authorization header. */
function networkError(code: string | undefined): Error {
	return Object.assign(new Error(`request failed ${code ?? ''}`), {
		code,
		config: { headers: { Authorization: `Basic ${BASIC}` }, auth: { password: CANARY } },
	});
}

/** An execution context whose HTTP helper plays `answers`, then succeeds. */
function contextPlaying(answers: Answer[], options: IDataObject, sent: Answer[]): TransportContext {
	return {
		getNode: () => TEST_NODE,
		getInputData: () => [{ json: {} }],
		getNodeParameter: () => options,
		getCredentials: async () => ({
			apiKey: API_KEY,
			apiSecret: CANARY,
			baseUrl: 'https://api.example.test',
		}),
		helpers: {
			httpRequestWithAuthentication: async () => {
				const answer = answers[sent.length] ?? {
					kind: 'http',
					status: 200,
					body: '{"code":"Success","data":{"id":"done"}}',
				};
				sent.push(answer);
				if (answer.kind === 'network') throw networkError(answer.code);
				return {
					statusCode: answer.status,
					body: answer.body,
					headers: answer.retryAfter === undefined ? {} : { 'Retry-After': answer.retryAfter },
				};
			},
		},
	} as unknown as TransportContext;
}

/** Pieces of the answer secret of SECRET_PREFIX_LENGTH characters: any of them is a leak. */
const SECRET_PIECES = Array.from(
	{ length: ANSWER_CANARY.length - SECRET_PREFIX_LENGTH + 1 },
	(_, start) => ANSWER_CANARY.slice(start, start + SECRET_PREFIX_LENGTH),
);

function isRateLimit(answer: Answer): boolean {
	return answer.kind === 'http' && answer.status === 429;
}

/** Whether a failed attempt proves the request was not applied, so sending it again is safe. */
function provesNotApplied(answer: Answer): boolean {
	if (answer.kind === 'network')
		return answer.code !== undefined && NOT_SENT_CODES.has(answer.code);
	return answer.status === 429;
}

describe('transport answer handling (property-based)', () => {
	let time: FakeTransportTime;
	beforeEach(() => {
		time = useFakeTransportTime();
	});
	afterEach(() => time.restore());

	it('types every error, never repeats a change that may have applied, never shows a secret, stops', async () => {
		await fc.assert(
			fc.asyncProperty(
				requestArb,
				optionsArb,
				fc.array(answerArb, { minLength: 1, maxLength: 14 }),
				async (request, options, answers) => {
					time.sleeps.length = 0;
					const sent: Answer[] = [];
					const context = contextPlaying(answers, options, sent);
					let outcome: { ok: IDataObject } | { error: unknown };
					try {
						const response = await fivetranApiRequest.call(context, {
							...request,
							itemIndex: 0,
						} as FivetranRequest);
						outcome = { ok: response as unknown as IDataObject };
					} catch (error) {
						outcome = { error };
					}

					if ('error' in outcome) {
						const { error } = outcome;
						expect(error instanceof NodeApiError || error instanceof NodeOperationError).toBe(true);
						const { message } = error as Error;
						expect(typeof message).toBe('string');
						expect(message).not.toMatch(/\[object Object\]|undefined|TypeError/);
						const texts = [String(error), JSON.stringify(error), ...allStrings(error)];
						const leaked = [CANARY, BASIC, ...SECRET_PIECES].filter((secret) =>
							texts.some((text) => text.includes(secret)),
						);
						expect(leaked).toEqual([]);
					} else {
						expect(typeof outcome.ok.status).toBe('number');
						expect(typeof outcome.ok.data).toBe('object');
					}

					const idempotent = request.idempotent ?? request.method !== 'POST';
					if (!idempotent) {
						for (let attempt = 1; attempt < sent.length; attempt++) {
							expect(provesNotApplied(sent[attempt - 1])).toBe(true);
						}
					}

					const rateLimited = sent.filter(isRateLimit);
					expect(rateLimited.length).toBeLessThanOrEqual(MAX_RATE_LIMIT_RETRIES + 1);
					expect(sent.length - rateLimited.length).toBeLessThanOrEqual(options.maxRetries + 1);
					// One wait before each re-send; after a 429 at least 1 s, all of them within the budget.
					expect(time.sleeps).toHaveLength(sent.length - 1);
					const afterRateLimit = time.sleeps.filter((_, index) => isRateLimit(sent[index]));
					for (const ms of afterRateLimit) expect(ms).toBeGreaterThanOrEqual(1000);
					const waited = afterRateLimit.reduce((sum, ms) => sum + ms, 0);
					expect(waited).toBeLessThanOrEqual(options.maxRateLimitWait * 1000);
				},
			),
			{ seed: SEED, numRuns: RUNS },
		);
	});
});
