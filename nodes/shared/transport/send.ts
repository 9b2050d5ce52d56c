/**
 * One HTTP exchange through n8n's authenticated request helper. Never throws for an HTTP
 * status; returns the raw text so that the envelope reader decides what it means. Network
 * failures come back as a classified value holding only an error code, never the client's
 * error object (its config holds the Authorization header).
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

export type TransportContext =
	IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions | IPollFunctions;

export interface HttpAnswer {
	status: number;
	text: string;
	retryAfter?: unknown;
}

export interface NetworkFailure {
	/** Node's error code (ECONNRESET, ETIMEDOUT, ...) or undefined when none was found. */
	code?: string;
	/** Human wording, e.g. "connection reset". */
	what: string;
	/** The execution was cancelled: stop at once. */
	cancelled: boolean;
	/** Not a network failure at all (e.g. missing credential): rethrow as is. */
	passThrough?: Error;
}

export interface WireRequest {
	method: IHttpRequestMethods;
	url: string;
	qs?: IDataObject;
	body?: IDataObject;
	acceptVersion2?: boolean;
	timeoutMs: number;
}

const BODY_METHODS = new Set<IHttpRequestMethods>(['POST', 'PATCH', 'PUT']);

function headerValue(headers: unknown, name: string): unknown {
	if (typeof headers !== 'object' || headers === null) return undefined;
	const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
	return entry?.[1];
}

/** Finds a Node.js / axios error code on an error or one of its causes. */
export function findErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const code = (current as { code?: unknown }).code;
		if (typeof code === 'string' && /^(E[A-Z_]+|ERR_[A-Z_]+)$/.test(code)) return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

const WORDING: Record<string, string> = {
	ECONNRESET: 'connection reset',
	ETIMEDOUT: 'timed out',
	ECONNABORTED: 'timed out',
	ESOCKETTIMEDOUT: 'timed out',
	ECONNREFUSED: 'connection refused',
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'host not found',
	EPIPE: 'connection closed',
};

/** "50 ms", or "10 min" for the whole minutes of a long-running timeout. */
function durationText(ms: number): string {
	return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms} ms`;
}

function describeFailure(error: unknown, timeoutMs: number): NetworkFailure {
	const code = findErrorCode(error);
	if (code === 'ERR_CANCELED') return { code, what: 'execution cancelled', cancelled: true };
	const isNodeOperationError =
		error instanceof Error && error.constructor.name === 'NodeOperationError' && code === undefined;
	if (isNodeOperationError) return { what: error.message, cancelled: false, passThrough: error };
	let what = (code !== undefined && WORDING[code]) || 'network error';
	if (what === 'timed out') what = `timed out after ${durationText(timeoutMs)}`;
	return { code, what, cancelled: false };
}

export async function sendOnce(
	context: TransportContext,
	request: WireRequest,
): Promise<{ answer: HttpAnswer } | { failure: NetworkFailure }> {
	const headers: IDataObject = {
		Accept: request.acceptVersion2 ? 'application/json;version=2' : 'application/json',
	};
	const options: IHttpRequestOptions = {
		method: request.method,
		url: request.url,
		headers,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		encoding: 'text',
		json: false,
		timeout: request.timeoutMs,
	};
	if (request.qs !== undefined && Object.keys(request.qs).length > 0) options.qs = request.qs;
	if (BODY_METHODS.has(request.method)) {
		// Always a JSON body on POST/PATCH/PUT: Fivetran answers 415 without the Content-Type.
		headers['Content-Type'] = 'application/json';
		options.body = JSON.stringify(request.body ?? {});
	}
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			'fivetranApi',
			options,
		)) as { statusCode: number; body: unknown; headers?: unknown };
		const body = response.body;
		const text =
			typeof body === 'string'
				? body
				: body === undefined || body === null
					? ''
					: JSON.stringify(body);
		return {
			answer: {
				status: response.statusCode,
				text,
				retryAfter: headerValue(response.headers, 'retry-after'),
			},
		};
	} catch (error) {
		return { failure: describeFailure(error, request.timeoutMs) };
	}
}
