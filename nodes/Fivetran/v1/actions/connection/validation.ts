import type { IDataObject } from 'n8n-workflow';

import { isJsonObject, parseJsonOrUndefined } from '../../helpers/validation';

/**
 * A problem with what the user entered, found before any request is sent. Pure helpers throw
 * it; operations turn it into a NodeOperationError carrying the item index (see params.ts).
 */
export class ConnectionInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ConnectionInputError';
	}
}

/**
 * Reads a 'json' type parameter that must hold a JSON object. n8n hands over a string when the
 * user typed JSON, an object when an expression produced one. Empty input means "not given".
 *
 * The parse error text is deliberately not repeated: V8 quotes part of the input in it, and
 * Auth and Config hold credentials.
 */
export function parseJsonObject(value: unknown, displayName: string): IDataObject | undefined {
	if (value === undefined || value === null) return undefined;
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return undefined;
		parsed = parseJsonOrUndefined(value);
		if (parsed === undefined) {
			throw new ConnectionInputError(
				`${displayName} is not valid JSON: check quotes, commas and braces (e.g. {"key": "value"})`,
			);
		}
	}
	if (!isJsonObject(parsed)) {
		throw new ConnectionInputError(`${displayName} must be a JSON object, e.g. {"key": "value"}`);
	}
	return parsed;
}

/** A required free-text value (service, schema name, table name): trimmed, never empty. */
export function requireText(value: unknown, message: string): string {
	const text = typeof value === 'number' ? String(value) : value;
	if (typeof text !== 'string' || text.trim() === '') throw new ConnectionInputError(message);
	return text.trim();
}

/** A value of a fixed list (an options field an expression may have filled): one of `allowed`. */
export function requireOneOf<T extends string>(
	value: unknown,
	allowed: readonly T[],
	label: string,
): T {
	if (!(allowed as readonly unknown[]).includes(value)) {
		throw new ConnectionInputError(
			`${label} must be one of ${allowed.join(', ')} (got '${String(value)}')`,
		);
	}
	return value as T;
}

/** "Limit" of a list: the UI enforces it, an expression may not. */
export function requireLimit(value: unknown): number {
	const limit = Number(value);
	if (!Number.isInteger(limit) || limit < 1) {
		throw new ConnectionInputError(
			`Limit must be a whole number of 1 or more (got '${String(value)}')`,
		);
	}
	return limit;
}
