import type { IDataObject } from 'n8n-workflow';

import { parseRetryAfter } from './retryAfter';

/** What fivetranApiRequest resolves to: the envelope's parts plus the HTTP status. */
export interface FivetranResponse {
	/** The envelope's `data`, or {} for action and delete answers that carry none. */
	data: IDataObject;
	message?: string;
	code: string;
	status: number;
	/**
	 * Set when a DELETE was retried after an ambiguous failure and then answered 404:
	 * the first attempt most likely deleted the record.
	 */
	alreadyDeleted?: true;
}

/** A Fivetran error answer (or an answer we could not read), before it becomes a NodeApiError. */
export interface ApiFailure {
	status: number;
	code?: string;
	message: string;
	/** Retry-After in seconds, when the server sent one. */
	retryAfterSeconds?: number;
}

const SUCCESS_CODES = new Set(['Success', 'Created']);

function snippet(text: string): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return oneLine.length > 120 ? `${oneLine.slice(0, 120)}…` : oneLine;
}

/**
 * How an unreadable answer is named in the error. Text that starts like JSON is most likely a
 * record cut short, and a cut record can end in the first characters of a secret: it is never
 * quoted, nor is anything from an endpoint whose answers carry secrets. An HTML page from a
 * proxy is quoted (it says what went wrong).
 */
function describeUnreadable(text: string, quote: boolean): string {
	const trimmed = text.trim();
	if (trimmed === '') return 'an empty answer';
	if (!quote || /^[[{"]/.test(trimmed)) {
		return `an answer that is not a JSON envelope (cut short or invalid, ${trimmed.length} characters, not quoted)`;
	}
	return `an answer that is not a JSON envelope ("${snippet(trimmed)}")`;
}

/** What readEnvelope needs besides the status and the text. */
export interface EnvelopeOptions {
	/** The Retry-After header, as received. */
	retryAfter?: unknown;
	/** A success without `data` is an error (always for a 201). */
	requireData?: boolean;
	/** The clock Retry-After dates are read against. */
	nowMs?: number;
	/** False for endpoints whose answers carry secrets: never quote their text in an error. */
	quoteAnswer?: boolean;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one HTTP answer. Returns the unwrapped envelope for a 2xx with a success code, or an
 * ApiFailure for everything else: error statuses, non-JSON bodies (HTML error pages, truncated
 * JSON), JSON that is not an envelope, 2xx answers whose `code` is not a success, and success
 * answers without `data` when the record is expected (`requireData`, and always for a 201:
 * a create answers with what it created) rather than a silent empty result.
 */
export function readEnvelope(
	status: number,
	text: string,
	options: EnvelopeOptions = {},
): { ok: FivetranResponse } | { failure: ApiFailure } {
	const { requireData = false } = options;
	const retryAfterSeconds = parseRetryAfter(options.retryAfter, options.nowMs ?? Date.now());
	const ok = status >= 200 && status < 300;
	if (ok && status === 204 && text.trim() === '') {
		return { ok: { data: {}, code: 'Success', status } };
	}
	let body: unknown;
	try {
		body = text.trim() === '' ? undefined : JSON.parse(text);
	} catch {
		body = undefined;
	}
	if (!isObject(body)) {
		const what = describeUnreadable(text, options.quoteAnswer ?? true);
		return {
			failure: {
				status,
				retryAfterSeconds,
				message: `Fivetran sent ${what} with HTTP status ${status}`,
			},
		};
	}
	const code = typeof body.code === 'string' ? body.code : undefined;
	const message = typeof body.message === 'string' ? body.message : undefined;
	if (ok && code !== undefined && SUCCESS_CODES.has(code)) {
		if (!isObject(body.data) && (requireData || status === 201)) {
			return {
				failure: {
					status,
					code,
					message: `Fivetran answered HTTP ${status} '${code}' without the record ('data' is missing)`,
				},
			};
		}
		const data = isObject(body.data) ? body.data : {};
		return { ok: { data, message, code, status } };
	}
	return {
		failure: {
			status,
			code,
			retryAfterSeconds,
			// A 2xx with another code says so first: its message alone may read like a success.
			message: ok
				? `Fivetran answered HTTP ${status} with code '${code ?? 'missing'}' instead of 'Success'${message === undefined ? '' : `: ${message}`}`
				: (message ?? `Fivetran answered HTTP ${status}`),
		},
	};
}
