/**
 * Answers one parsed request: clock step and tickers, faults, auth, Accept / Content-Type
 * checks, rate limits, routing, permissions, the handler, latency and the request log.
 * Pure of sockets: server.ts reads the request and writes what this returns.
 */
import { authenticate } from './auth';
import type { Clock } from './clock';
import type { Faults, RawResponse } from './faults';
import { authorize } from './permissions';
import type { RateLimits } from './rateLimits';
import type { LoggedRequest, RequestLog } from './requestLog';
import type { Router, RouteMatch } from './router';
import type { EmulatorState } from './state';
import { apiError, invalidInput } from './respond';
import { ApiError, type EmuResponse, type HttpMethod, type RouteContext } from './types';

export interface Pipeline {
	state: EmulatorState;
	router: Router;
	clock: Clock;
	faults: Faults;
	rateLimits: RateLimits;
	requestLog: RequestLog;
	/** Real-time delay added to every answer. */
	latencyMs: number;
	/** Real-time wait, supplied by the server (the only place allowed to use timers). */
	sleep: (ms: number) => Promise<void>;
}

export interface ParsedRequest {
	method: string;
	/** Path and query as received. */
	url: string;
	/** Lower-case names. */
	headers: Record<string, string>;
	rawBody: string;
}

const ACCEPTED_MEDIA = new Set(['application/json', 'application/json;version=2', '*/*']);
const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT']);

/** True for a missing Accept or one listing a type the API serves. */
export function acceptable(accept: string | undefined): boolean {
	if (accept === undefined || accept.trim() === '') return true;
	return accept.split(',').some((entry) => {
		const normalised = entry
			.replace(/\s+/g, '')
			.toLowerCase()
			.replace(/;q=[0-9.]+$/, '');
		return ACCEPTED_MEDIA.has(normalised);
	});
}

function isJsonContentType(contentType: string | undefined): boolean {
	return (
		contentType !== undefined &&
		contentType.split(';')[0].trim().toLowerCase() === 'application/json'
	);
}

/** The JSON body of a request, after the Content-Type check (415) and parsing (400). */
export function parseBody(
	method: string,
	contentType: string | undefined,
	rawBody: string,
): unknown {
	if (rawBody.length === 0) return undefined;
	if (!isJsonContentType(contentType)) {
		if (!BODY_METHODS.has(method)) return undefined;
		throw apiError(415, 'UnsupportedMediaType', "Content-Type must be 'application/json'");
	}
	const parsed = parseJson(rawBody);
	if (!parsed) throw invalidInput('Request body is not valid JSON');
	return parsed.value;
}

function parseJson(text: string): { value: unknown } | undefined {
	try {
		return { value: JSON.parse(text) as unknown };
	} catch {
		return undefined;
	}
}

/** What the request log shows for a body: parsed JSON, else the raw text. */
function loggedBody(rawBody: string): unknown {
	if (rawBody.length === 0) return undefined;
	return (parseJson(rawBody) ?? { value: rawBody }).value;
}

function errorResponse(error: unknown): EmuResponse {
	if (error instanceof ApiError) {
		return {
			status: error.status,
			body: { code: error.code, message: error.message },
			headers: error.headers,
		};
	}
	const message = error instanceof Error ? error.message : String(error);
	return {
		status: 500,
		body: { code: 'InternalError', message: `Emulator handler failed: ${message}` },
	};
}

/** The error answer for a path that matched no route. */
function routeMissing(
	match: Exclude<RouteMatch, { kind: 'found' }>,
	method: string,
	path: string,
): ApiError {
	switch (match.kind) {
		case 'notFound':
			return apiError(404, 'NotFound', `No API endpoint ${method} ${path}`);
		case 'methodNotAllowed':
			return apiError(405, 'MethodNotAllowed', `Method ${method} is not allowed on ${path}`);
		case 'badPath':
			return invalidInput(`Malformed percent-encoding in path ${path}`);
	}
}

interface Handling {
	request: ParsedRequest;
	path: string;
	query: URLSearchParams;
	match: RouteMatch;
	entry: LoggedRequest;
	now: number;
}

/** Runs auth, checks, rate limits, permissions and the handler; errors become envelopes. */
async function execute(pipeline: Pipeline, handling: Handling): Promise<EmuResponse> {
	const { request, path, match, entry, now } = handling;
	const authorization = request.headers.authorization;
	try {
		// The log already says '<invalid>'; only a key that authenticated replaces it.
		const caller = authenticate(authorization, pipeline.state, now);
		entry.headers.authorization = `Basic ${caller.apiKey}`;
		if (!acceptable(request.headers.accept)) {
			throw apiError(
				406,
				'NotAcceptable',
				'Use Accept: application/json or Accept: application/json;version=2',
			);
		}
		const body = parseBody(request.method, request.headers['content-type'], request.rawBody);
		// Every authenticated request counts, also those answered 404/405 below.
		pipeline.rateLimits.check({
			method: request.method,
			path,
			routePattern: match.kind === 'found' ? match.route.path : undefined,
			bucket: match.kind === 'found' ? match.route.rateBucket : undefined,
			now,
		});
		if (match.kind !== 'found') throw routeMissing(match, request.method, path);
		const ctx: RouteContext = {
			method: request.method as HttpMethod,
			path,
			params: match.params,
			query: handling.query,
			body,
			caller,
			legacy: match.legacy,
			now,
			state: pipeline.state,
		};
		authorize(match.route, ctx);
		return await match.route.handler(ctx);
	} catch (error) {
		return errorResponse(error);
	}
}

function serialise(pipeline: Pipeline, response: EmuResponse, now: number): RawResponse {
	return {
		status: response.status,
		headers: {
			'Content-Type': 'application/json',
			...pipeline.rateLimits.headers(now),
			...response.headers,
		},
		body: JSON.stringify(response.body),
	};
}

/** The answer to one request, or `'reset'` when a fault destroys the connection. */
export async function answer(
	pipeline: Pipeline,
	request: ParsedRequest,
): Promise<RawResponse | 'reset'> {
	await pipeline.clock.beforeRequest();
	const now = pipeline.clock.now();
	const queryStart = request.url.indexOf('?');
	const path = queryStart < 0 ? request.url : request.url.slice(0, queryStart);
	const query = new URLSearchParams(queryStart < 0 ? '' : request.url.slice(queryStart + 1));
	const entry: LoggedRequest = {
		method: request.method,
		path,
		query: Object.fromEntries(query),
		headers: { ...request.headers },
		body: loggedBody(request.rawBody),
		status: 0,
		at: now,
	};
	if (entry.headers.authorization !== undefined) entry.headers.authorization = '<invalid>';
	const match = pipeline.router.match(request.method, path);
	const pattern = match.kind === 'found' ? match.route.path : undefined;
	const handling: Handling = { request, path, query, match, entry, now };

	let response: RawResponse | 'reset' | undefined;
	const before = pipeline.faults.take('before', request.method, path, pattern);
	if (before && before.kind !== 'slow') {
		response = pipeline.faults.respond(before);
		if (typeof response === 'object')
			Object.assign(response.headers, pipeline.rateLimits.headers(now));
	} else {
		if (before?.kind === 'slow') await pipeline.sleep(before.ms);
		response = serialise(pipeline, await execute(pipeline, handling), now);
		const after = pipeline.faults.take('after', request.method, path, pattern);
		if (after?.kind === 'slow') await pipeline.sleep(after.ms);
		else if (after) response = pipeline.faults.respond(after, response);
	}
	if (pipeline.latencyMs > 0) await pipeline.sleep(pipeline.latencyMs);
	entry.status = response === 'reset' || response === undefined ? 0 : response.status;
	pipeline.requestLog.record(entry);
	return response ?? 'reset';
}
