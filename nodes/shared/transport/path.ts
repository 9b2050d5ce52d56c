import { ApplicationError } from 'n8n-workflow';

/**
 * Segments a URL parser would resolve ('.' and '..', even when percent-encoded) or that would
 * collapse the path (empty, whitespace only). Refusing them keeps every id inside its endpoint.
 */
function refusalReason(value: string): string | undefined {
	if (value.trim() === '') return 'is empty';
	if (value === '.' || value === '..') return `is '${value}'`;
	return undefined;
}

/** Thrown by apiPath; the caller (transport) turns it into a NodeOperationError with the item. */
export class InvalidPathSegmentError extends ApplicationError {}

/**
 * Tagged template for API paths: every interpolated value is validated and
 * `encodeURIComponent`-encoded, so ids with '/', '?', '#', '%' or spaces never reach
 * another endpoint. apiPath`/v1/users/${'a/b'}` === '/v1/users/a%2Fb'.
 */
export function apiPath(strings: TemplateStringsArray, ...values: unknown[]): string {
	let path = strings[0];
	values.forEach((value, index) => {
		const text = value === undefined || value === null ? '' : String(value);
		const reason = refusalReason(text);
		if (reason !== undefined) {
			const label = strings[index].split('/').filter(Boolean).pop() ?? 'path';
			throw new InvalidPathSegmentError(
				`Invalid ID for '${label}': the value ${reason}. Enter the Fivetran ID of the record.`,
			);
		}
		path += encodeURIComponent(text) + strings[index + 1];
	});
	return path;
}

/**
 * The credential's base URL without trailing '/' or '/v1', so '/v1/...' paths never
 * become '/v1/v1/...'. Falls back to Fivetran's public API.
 */
export function normaliseBaseUrl(baseUrl: unknown): string {
	const raw =
		typeof baseUrl === 'string' && baseUrl.trim() !== '' ? baseUrl.trim() : DEFAULT_BASE_URL;
	return raw.replace(/\/+$/, '').replace(/\/v1$/i, '').replace(/\/+$/, '');
}

export const DEFAULT_BASE_URL = 'https://api.fivetran.com';

/** scheme://host[:port][/path], nothing else: no query, fragment or whitespace. */
const USABLE_BASE_URL = /^https?:\/\/[^\s/?#@]+(\/[^\s?#]*)?$/i;

/**
 * The normalised base URL, or why no request can be sent to it: without a scheme
 * ('api.fivetran.com') an HTTP client reads it as a relative path and fails as if the network
 * were down, so reads were retried and a create reported an unknown outcome.
 */
export function checkBaseUrl(baseUrl: unknown): { url: string } | { problem: string } {
	const url = normaliseBaseUrl(baseUrl);
	if (USABLE_BASE_URL.test(url)) return { url };
	const hint = /^[a-z][a-z0-9+.-]*:/i.test(url)
		? 'use https:// (or http:// for a local emulator)'
		: `add the scheme, e.g. https://${url.replace(/^\/+/, '')}`;
	return {
		problem: `The Base URL in the Fivetran API credential is not a usable URL ('${url}'): ${hint}`,
	};
}
