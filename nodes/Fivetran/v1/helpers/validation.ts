/**
 * Shared, pure parameter validators.
 *
 * Each validator returns a `Problem`: the message shown to the user (what is wrong and how to
 * fix it), or `undefined` when the value is fine. Operations collect the problems of one item
 * and call `throwIfInvalid`, which raises a NodeOperationError before any request is sent.
 * Messages name the parameter as the user sees it (its display name) and never echo secrets.
 */
import { NodeOperationError, type IDataObject, type INode } from 'n8n-workflow';

export type Problem = string | undefined;

// Deliberately loose: one "@", no whitespace, a dot in the domain. Fivetran does the real check;
// this only catches typos such as a missing "@" before a request (and a rate-limited invite) is spent.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || String(value).trim() === '';
}

/** A required text parameter: present and not only whitespace. */
export function requireText(value: unknown, label: string): Problem {
	return isBlank(value) ? `'${label}' is empty: enter a value` : undefined;
}

/** An email address in a plausible `name@example.com` form. */
export function requireEmail(value: unknown, label = 'Email'): Problem {
	if (isBlank(value)) return requireText(value, label);
	return EMAIL_PATTERN.test(String(value).trim())
		? undefined
		: `'${label}' is not a valid email address: use the form name@example.com`;
}

/**
 * An id that goes into a URL path. Mirrors the transport's apiPath rule (no empty,
 * whitespace-only, "." or "..") so the user gets a message naming the parameter.
 */
export function requireId(value: unknown, label: string): Problem {
	if (isBlank(value)) return `'${label}' is empty: pick one from the list or enter its ID`;
	const id = String(value).trim();
	return id === '.' || id === '..' ? `'${label}' cannot be "${id}": enter a real ID` : undefined;
}

/** A whole number of at least `min` (e.g. Limit, which an expression could set to 0 or "abc"). */
export function requireInteger(value: unknown, label: string, min = 1): Problem {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) && number >= min
		? undefined
		: `'${label}' must be a whole number of at least ${min}`;
}

/** A whole number from `min` to `max`, e.g. a number of days Fivetran bounds. */
export function requireIntegerInRange(
	value: unknown,
	label: string,
	min: number,
	max: number,
): Problem {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max
		? undefined
		: `'${label}' must be a whole number from ${min} to ${max}`;
}

/** An absolute http(s) URL, or a data URI when `allowDataUri` is set. */
export function requireUrl(value: unknown, label: string, allowDataUri = false): Problem {
	if (isBlank(value)) return requireText(value, label);
	const text = String(value).trim();
	if (allowDataUri && /^data:[^,]*,/i.test(text)) return undefined;
	const expected = allowDataUri ? 'an http(s) URL or a data URI' : 'an http(s) URL';
	if (!/^https?:\/\//i.test(text))
		return `'${label}' must be ${expected}, e.g. https://example.com/a.png`;
	try {
		new URL(text);
		return undefined;
	} catch {
		return `'${label}' is not a valid URL: use ${expected}, e.g. https://example.com/a.png`;
	}
}

export type JsonObjectResult = { value: IDataObject; problem?: undefined } | { problem: string };

/**
 * A `type: 'json'` parameter that must hold a JSON object. n8n hands such parameters over
 * either as text or already parsed (when set by an expression), so both are accepted.
 */
export function parseJsonObject(value: unknown, label: string): JsonObjectResult {
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '')
			return { problem: `'${label}' is empty: enter a JSON object such as {}` };
		parsed = parseJsonOrUndefined(value);
		if (parsed === undefined) {
			return {
				problem: `'${label}' is not valid JSON: check quotes, commas and braces, e.g. {"key": "value"}`,
			};
		}
	}
	if (!isJsonObject(parsed)) {
		return { problem: `'${label}' must be a JSON object such as {"key": "value"}` };
	}
	return { value: parsed };
}

/**
 * JSON text parsed, or `undefined` when it is not valid JSON (JSON.parse never yields
 * `undefined`). The parser's own message quotes part of the input, which may hold credentials,
 * so callers word their own.
 */
export function parseJsonOrUndefined(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** A JSON object: not null, not an array, not a primitive. */
export function isJsonObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The problems that were found, in order. */
export function collectProblems(...problems: Problem[]): string[] {
	return problems.filter((problem): problem is string => problem !== undefined);
}

/**
 * Throws a NodeOperationError for the item: the first problem is the message, every problem
 * is listed in the description when there are several.
 */
export function failValidation(node: INode, itemIndex: number, problems: string[]): never {
	throw new NodeOperationError(node, problems[0] ?? 'Invalid parameters', {
		itemIndex,
		description: problems.length > 1 ? problems.join('\n') : undefined,
	});
}

/** Throws (see failValidation) when any problem was found; does nothing otherwise. */
export function throwIfInvalid(node: INode, itemIndex: number, ...problems: Problem[]): void {
	const found = collectProblems(...problems);
	if (found.length > 0) failValidation(node, itemIndex, found);
}
