/**
 * Every error the transport throws is built here from plain values (status, Fivetran's code and
 * message, method and path): never from the HTTP client's error, whose config carries the
 * Authorization header. That is what keeps the API secret out of messages, descriptions and causes.
 */
import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import type { ApiFailure } from './envelope';

export interface RequestLabel {
	method: string;
	path: string;
	itemIndex?: number;
	/** A request that waits for Fivetran's work (FivetranRequest.longRunning). */
	longRunning?: boolean;
	/** What to check when the outcome is unknown (FivetranRequest.outcomeUnknownAdvice). */
	outcomeUnknownAdvice?: string;
}

/** What to check next, by HTTP status. */
function adviceFor(status: number): string {
	if (status === 401) {
		return 'Check the API key and API secret in the Fivetran API credential (regenerating a key invalidates its old secret) and the base URL.';
	}
	if (status === 403) {
		return "The key is valid but lacks permission for this request: check the user's role, or the system key's permissions and resource filters.";
	}
	if (status === 404) return 'Check the ID: the record does not exist or the key cannot see it.';
	if (status === 409)
		return 'The record is in a conflicting state (e.g. already exists or a sync is running).';
	if (status === 429)
		return 'Fivetran\'s rate limit was reached. Wait, lower the node\'s Concurrency, or raise "Max Wait on Rate Limit" in Request Options.';
	if (status >= 500)
		return 'Fivetran had a problem answering. Try again later; check status.fivetran.com.';
	if (status >= 400) return 'Check the values sent to Fivetran.';
	return "Fivetran's answer could not be used.";
}

function build(
	node: INode,
	label: RequestLabel,
	fields: { message: string; code?: string; status?: number; description: string },
) {
	const httpCode =
		fields.status !== undefined && fields.status > 0 ? String(fields.status) : undefined;
	const errorResponse: JsonObject = {
		message: fields.message,
		method: label.method,
		path: label.path,
	};
	if (fields.code !== undefined) errorResponse.code = fields.code;
	if (httpCode !== undefined) errorResponse.httpCode = httpCode;
	return new NodeApiError(node, errorResponse, {
		message: `Fivetran: ${fields.message}${fields.code !== undefined ? ` [${fields.code}]` : ''}`,
		description: `${fields.description} (${label.method} ${label.path})`,
		httpCode,
		itemIndex: label.itemIndex,
	});
}

/** Fivetran answered with an error (or something unreadable). */
export function failureError(
	node: INode,
	label: RequestLabel,
	failure: ApiFailure,
	extra?: string,
): NodeApiError {
	const description = [extra, `HTTP ${failure.status}.`, adviceFor(failure.status)]
		.filter(Boolean)
		.join(' ');
	return build(node, label, {
		message: failure.message,
		code: failure.code,
		status: failure.status,
		description,
	});
}

/**
 * A change whose outcome is unknown (5xx, connection reset or timeout after the request left)
 * and that is not safe to send twice.
 */
export function outcomeUnknownError(
	node: INode,
	label: RequestLabel,
	what: string,
	status?: number,
): NodeApiError {
	const why = label.longRunning
		? "Fivetran may still be working on it, and repeating it would run that work again (setup tests and schema reloads count against Fivetran's limits)"
		: 'repeating it could apply the change twice';
	const timeoutHint = label.longRunning
		? ' If Fivetran needs longer, raise "Long-Running Timeout" in Request Options.'
		: '';
	return build(node, label, {
		message: `The outcome of this request is unknown (${what}); it was not sent again because ${why}`,
		code: 'OutcomeUnknown',
		status,
		description:
			(label.outcomeUnknownAdvice ??
				"Check in Fivetran whether the change happened before retrying: list the connections, users or system keys, or check the connection's sync history.") +
			timeoutHint,
	});
}

/** The network failed and retries (when allowed) did not help. */
export function networkError(
	node: INode,
	label: RequestLabel,
	what: string,
	attempts: number,
): NodeApiError {
	return build(node, label, {
		message: `Could not reach Fivetran (${what}) after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
		code: 'NetworkError',
		description:
			'Check the base URL in the credential, the network and the Timeout in Request Options.',
	});
}
