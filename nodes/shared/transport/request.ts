/**
 * fivetranApiRequest: one logical request to Fivetran, with the reliability rules:
 * shared rate-limit gate, Retry-After, idempotent-only retries, DELETE-404-after-retry.
 */
import {
	NodeOperationError,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IHttpRequestMethods,
	type INode,
	type NodeApiError,
} from 'n8n-workflow';

import { readEnvelope, type ApiFailure, type FivetranResponse } from './envelope';
import { failureError, networkError, outcomeUnknownError, type RequestLabel } from './errors';
import { transportOptionsFor, type TransportOptions } from './options';
import { checkBaseUrl } from './path';
import { rateGateFor } from './rateGate';
import {
	decideRetry,
	isIdempotent,
	kindOfNetworkError,
	kindOfStatus,
	type FailureKind,
	type RetryDecision,
} from './retry';
import { transportRuntime } from './runtime';
import { sendOnce, type NetworkFailure, type TransportContext } from './send';

export interface FivetranRequest {
	method: IHttpRequestMethods;
	/** Built with apiPath, e.g. apiPath`/v1/users/${id}`. */
	path: string;
	body?: IDataObject;
	qs?: IDataObject;
	/** Default: true for GET/PATCH/PUT/DELETE, false for POST (and for every `longRunning` request). */
	idempotent?: boolean;
	/**
	 * Fivetran answers only when its work is done (setup tests, schema reload, a create that runs
	 * setup tests, a webhook's test delivery), which can take minutes: each attempt is bounded by
	 * "Long-Running Timeout" instead of "Timeout", and the request is never re-sent after an
	 * ambiguous failure (the work may still be running, and setup tests and reloads count against
	 * Fivetran's limits). `outcomeUnknownAdvice` then says what to check.
	 */
	longRunning?: boolean;
	/** What to check when the outcome is unknown, replacing the generic advice. */
	outcomeUnknownAdvice?: string;
	/** Connection and destination endpoints: Accept: application/json;version=2. */
	acceptVersion2?: boolean;
	/** The input item, for error messages and per-item Request Options. */
	itemIndex?: number;
	/**
	 * A success answer without `data` is an error (never a silent `{}`). Default: true for GET
	 * and PATCH; creates (201) always need it; deletes and actions (sync, resync) answer
	 * without it. An operation whose endpoint may answer a PATCH with a message only (the
	 * membership role updates) passes false.
	 */
	expectData?: boolean;
}

function expectsData(request: FivetranRequest): boolean {
	if (request.expectData !== undefined) return request.expectData;
	if (request.method === 'GET') return true;
	return request.method === 'PATCH';
}

export const CREDENTIAL_TYPE = 'fivetranApi';

/** Base URL per execution context: one credential read per execution, not one per request. */
const baseUrls = new WeakMap<object, Promise<ReturnType<typeof checkBaseUrl>>>();

async function baseUrlOf(context: TransportContext): Promise<ReturnType<typeof checkBaseUrl>> {
	let baseUrl = baseUrls.get(context);
	if (baseUrl === undefined) {
		baseUrl = (async () => {
			const credentials = (await context.getCredentials(
				CREDENTIAL_TYPE,
			)) as ICredentialDataDecryptedObject;
			return checkBaseUrl(credentials.baseUrl);
		})();
		baseUrls.set(context, baseUrl);
		// A failed read (e.g. missing credential) is not cached.
		baseUrl.catch(() => baseUrls.delete(context));
	}
	return await baseUrl;
}

/** The base URL, or a credential error before anything is sent (never retried). */
async function baseUrlFor(context: TransportContext, itemIndex?: number): Promise<string> {
	const checked = await baseUrlOf(context);
	if ('url' in checked) return checked.url;
	throw new NodeOperationError(context.getNode(), checked.problem, {
		itemIndex,
		description:
			'Open the Fivetran API credential and enter the full URL, e.g. https://api.fivetran.com. Nothing was sent to Fivetran.',
	});
}

/**
 * Endpoints whose answers can carry a secret (system keys: `secret`; webhooks: `secret`). An
 * unreadable answer from them is never quoted in an error: a cut answer may end in a secret's
 * first characters.
 */
const SECRET_BEARING_PATH = /^\/v1\/(system-keys|webhooks)(\/|\?|$)/;

/** Counters of one logical request across its attempts. */
interface AttemptState {
	transientRetries: number;
	rateLimitRetries: number;
	rateLimitWaitedMs: number;
	/** An earlier attempt failed in a way that may have applied the change. */
	ambiguousEarlier: boolean;
}

/** One failed attempt: what kind of failure, and the API's answer when there was one. */
interface FailedAttempt {
	kind: FailureKind;
	failure?: ApiFailure;
	network?: NetworkFailure;
}

type AttemptOutcome = { response: FivetranResponse } | FailedAttempt;

/** Reads one attempt's result: a response to return, or a classified failure. */
function outcomeOf(
	result: Awaited<ReturnType<typeof sendOnce>>,
	request: FivetranRequest,
	state: AttemptState,
): AttemptOutcome {
	if ('failure' in result) {
		if (result.failure.passThrough) throw result.failure.passThrough;
		return { kind: kindOfNetworkError(result.failure.code), network: result.failure };
	}
	const { status, text, retryAfter } = result.answer;
	const read = readEnvelope(status, text, {
		retryAfter,
		requireData: expectsData(request),
		nowMs: transportRuntime.now(),
		quoteAnswer: !SECRET_BEARING_PATH.test(request.path),
	});
	if ('ok' in read) return { response: read.ok };
	const failure = read.failure;
	// The first attempt's answer was lost and it most likely deleted the record.
	if (failure.status === 404 && request.method === 'DELETE' && state.ambiguousEarlier) {
		return {
			response: {
				data: {},
				code: failure.code ?? 'NotFound',
				message: 'Already deleted: an earlier attempt whose answer was lost deleted it',
				status: 404,
				alreadyDeleted: true,
			},
		};
	}
	return { kind: kindOfStatus(failure.status), failure };
}

/** The error for a failure that is not retried (any more). */
function finalError(
	node: INode,
	label: RequestLabel,
	attempt: FailedAttempt,
	reason: Exclude<RetryDecision, { retry: true }>['reason'],
	state: AttemptState,
	options: TransportOptions,
): NodeApiError {
	const { failure, network } = attempt;
	const what = failure ? `HTTP ${failure.status}` : (network?.what ?? 'network error');
	if (reason === 'outcomeUnknown') return outcomeUnknownError(node, label, what, failure?.status);
	if (failure === undefined) return networkError(node, label, what, state.transientRetries + 1);
	if (reason === 'rateLimitRetriesExhausted') {
		return failureError(
			node,
			label,
			failure,
			`Gave up on Fivetran's rate limit after ${state.rateLimitRetries} retries of this request (waited ${Math.round(state.rateLimitWaitedMs / 1000)} s).`,
		);
	}
	if (reason === 'rateLimitExhausted') {
		const maxSeconds = Math.round(options.maxRateLimitWaitMs / 1000);
		const waited = Math.round(state.rateLimitWaitedMs / 1000);
		return failureError(
			node,
			label,
			failure,
			`Gave up on Fivetran's rate limit: waiting longer would exceed "Max Wait on Rate Limit" (${maxSeconds} s; already waited ${waited} s).`,
		);
	}
	const retried =
		state.transientRetries > 0 ? `Failed after ${state.transientRetries + 1} attempts.` : undefined;
	// A 2xx whose answer is unusable: a change reached Fivetran and most likely happened.
	const applied =
		failure.status >= 200 && failure.status < 300 && label.method !== 'GET'
			? 'The request reached Fivetran and was most likely applied: check in Fivetran before running it again.'
			: undefined;
	return failureError(node, label, failure, [retried, applied].filter(Boolean).join(' '));
}

export async function fivetranApiRequest(
	this: TransportContext,
	request: FivetranRequest,
): Promise<FivetranResponse> {
	const options = transportOptionsFor(this, request.itemIndex);
	const runtime = transportRuntime;
	const gate = rateGateFor(this, runtime.sleep, runtime.now);
	const longRunning = request.longRunning === true;
	const idempotent = !longRunning && isIdempotent(request.method, request.idempotent);
	const label: RequestLabel = {
		method: request.method,
		path: request.path,
		itemIndex: request.itemIndex,
		longRunning,
		outcomeUnknownAdvice: request.outcomeUnknownAdvice,
	};
	const wire = {
		method: request.method,
		url: (await baseUrlFor(this, request.itemIndex)) + request.path,
		qs: request.qs,
		body: request.body,
		acceptVersion2: request.acceptVersion2,
		timeoutMs: longRunning ? options.longRunningTimeoutMs : options.timeoutMs,
	};
	const state: AttemptState = {
		transientRetries: 0,
		rateLimitRetries: 0,
		rateLimitWaitedMs: 0,
		ambiguousEarlier: false,
	};

	for (;;) {
		// Waits while a 429 of any request of this execution is in force.
		state.rateLimitWaitedMs += await gate.pass();
		const outcome = outcomeOf(await sendOnce(this, wire), request, state);
		if ('response' in outcome) return outcome.response;
		if (outcome.network?.cancelled)
			throw networkError(this.getNode(), label, outcome.network.what, 1);

		const decision = decideRetry({
			kind: outcome.kind,
			idempotent,
			transientRetries: state.transientRetries,
			maxRetries: options.maxRetries,
			rateLimitRetries: state.rateLimitRetries,
			rateLimitWaitedMs: state.rateLimitWaitedMs,
			maxRateLimitWaitMs: options.maxRateLimitWaitMs,
			retryAfterSeconds: outcome.failure?.retryAfterSeconds,
			random: runtime.random(),
		});
		if (!decision.retry)
			throw finalError(this.getNode(), label, outcome, decision.reason, state, options);

		if (outcome.kind === 'rateLimited') {
			state.rateLimitRetries += 1;
			gate.pause(decision.waitMs);
		} else {
			state.transientRetries += 1;
			if (outcome.kind !== 'notSent') state.ambiguousEarlier = true;
			await runtime.sleep(decision.waitMs);
		}
	}
}
