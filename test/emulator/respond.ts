/**
 * Envelope helpers for route handlers: every answer is `{ code, message?, data? }`.
 * Handlers throw ApiError (via the helpers below) for error answers.
 */
import { ApiError, type EmuResponse, type Json, type JsonObject } from './types';

/** 200 with data (and an optional message). */
export function ok(data?: unknown, message?: string): EmuResponse {
	const body: JsonObject = { code: 'Success' };
	if (message !== undefined) body.message = message;
	if (data !== undefined) body.data = toJson(data);
	return { status: 200, body };
}

/** 201 with data, as Fivetran answers most creates. */
export function created(data: unknown, message: string): EmuResponse {
	return { status: 201, body: { code: 'Success', message, data: toJson(data) } };
}

/** 200 with only a message: deletes and actions. */
export function done(message: string): EmuResponse {
	return { status: 200, body: { code: 'Success', message } };
}

/** Any error envelope, e.g. `throw apiError(415, 'UnsupportedMediaType', '...')`. */
export function apiError(
	status: number,
	code: string,
	message: string,
	headers?: Record<string, string>,
): ApiError {
	return new ApiError(status, code, message, headers);
}

export function invalidInput(message: string): ApiError {
	return new ApiError(400, 'InvalidInput', message);
}

export function forbidden(message: string): ApiError {
	return new ApiError(403, 'Forbidden', message);
}

export function conflict(message: string): ApiError {
	return new ApiError(409, 'Conflict', message);
}

/**
 * 404 in Fivetran's style: `NotFound_<Type>` and "<Type> with id 'x' does not exist.".
 * For connections, legacy `/v1/connectors` paths answer `NotFound_Connector`.
 */
export function notFound(type: string, id: string): ApiError {
	return new ApiError(404, `NotFound_${type}`, `${type} with id '${id}' does not exist.`);
}

/** A body that must be a JSON object (POST/PATCH handlers). */
export function objectBody(body: unknown): Record<string, unknown> {
	if (body === undefined || body === null) return {};
	if (typeof body !== 'object' || Array.isArray(body)) {
		throw invalidInput('Request body must be a JSON object');
	}
	return body as Record<string, unknown>;
}

export function requireString(body: Record<string, unknown>, field: string): string {
	const value = body[field];
	if (typeof value !== 'string' || value.trim() === '') {
		throw invalidInput(`Field '${field}' is required`);
	}
	return value;
}

export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
	const value = body[field];
	if (value === undefined) return undefined;
	if (typeof value !== 'string') throw invalidInput(`Field '${field}' must be a string`);
	return value;
}

export function optionalBoolean(body: Record<string, unknown>, field: string): boolean | undefined {
	const value = body[field];
	if (value === undefined) return undefined;
	if (typeof value !== 'boolean') throw invalidInput(`Field '${field}' must be a boolean`);
	return value;
}

export function isoTime(ms: number): string {
	return new Date(ms).toISOString();
}

/**
 * Data goes out as is: the pipeline serialises the answer with JSON.stringify right after the
 * handler returns (undefined fields dropped, Maps as `{}`), so no copy is needed. Copying here
 * (a JSON round trip) cost more than the whole rest of a 1,000-item list request.
 * Handlers must therefore not mutate what they pass in after returning it.
 */
function toJson(value: unknown): Json {
	return value as Json;
}
