/**
 * Validates requests and answers against Fivetran's definition (fivetran-contract.json, built by
 * `npm run contract:build`). Every object is closed: a field the definition does not have fails,
 * like a missing required one; enums and types are checked. The only departures are the written-
 * down exceptions in exceptions.ts.
 *
 *   const problems = contract.checkRequest({ method, path, query, body });
 *   const problems = contract.checkResponse({ method, path }, status, body);
 *
 * Both answer a list of problems (empty: conforming).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import type {
	Contract,
	ContractOperation,
	ContractParameter,
	Schema,
} from '../../scripts/contract/convert';
import { rewriteLegacy } from '../emulator/router';
import { exceptions, type SchemaPlace, type Side } from './exceptions';
import contractFile from './fivetran-contract.json';

export interface RequestToCheck {
	method: string;
	/** Path as sent (percent-encoded), without the query. */
	path: string;
	query?: Record<string, string>;
	/** Parsed JSON body, undefined when none was sent. */
	body?: unknown;
}

export interface OperationMatch {
	operation: ContractOperation;
	params: Record<string, string>;
}

/** Fivetran's error answer: `{ code, message }` (the definition declares no schema for errors). */
export const ERROR_ENVELOPE: Schema = {
	type: 'object',
	required: ['code', 'message'],
	properties: { code: { type: 'string' }, message: { type: 'string' } },
};

interface CompiledTemplate {
	operation: ContractOperation;
	segments: Array<string | null>;
	names: string[];
}

/** The allowed values of an enum, shortened when there are many (a service list has 781). */
function allowedValues(values: unknown[]): string {
	const shown = values.slice(0, 12).map((value) => JSON.stringify(value));
	return values.length > shown.length
		? `${shown.join(', ')}, ... (${values.length} in all)`
		: shown.join(', ');
}

function isObject(value: unknown): value is Schema {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class ContractValidator {
	readonly operations: ContractOperation[];
	/** How many schema nodes each exception rewrote (contract.test.ts: none may be unused). */
	readonly exceptionUses = new Map<string, number>(exceptions.map((e) => [e.id, 0]));
	private readonly templates: CompiledTemplate[];
	private readonly ajv: Ajv;
	private readonly compiled = new Map<string, ValidateFunction>();

	constructor(contract: Contract) {
		this.operations = contract.operations;
		this.templates = contract.operations.map((operation) => {
			const parts = operation.path.split('/');
			return {
				operation,
				segments: parts.map((part) => (/^\{.+\}$/.test(part) ? null : part)),
				names: parts.filter((part) => /^\{.+\}$/.test(part)).map((part) => part.slice(1, -1)),
			};
		});
		// A literal segment wins over a parameter (`/schemas/reload` before `/schemas/{schema}`).
		this.templates.sort(
			(a, b) =>
				b.segments.filter((s) => s !== null).length - a.segments.filter((s) => s !== null).length,
		);
		this.ajv = new Ajv({ allErrors: true, strict: false });
		addFormats(this.ajv);
		for (const format of ['int32', 'int64', 'double', 'float', 'password', 'binary', 'byte']) {
			this.ajv.addFormat(format, true);
		}
	}

	/** The operation for a method and a concrete path (legacy `/v1/connectors...` aliases included). */
	match(method: string, path: string): OperationMatch | undefined {
		const segments = path.split('/');
		rewriteLegacy(segments);
		for (const template of this.templates) {
			if (template.operation.method !== method.toUpperCase()) continue;
			if (template.segments.length !== segments.length) continue;
			const fits = template.segments.every((literal, i) =>
				literal === null ? segments[i] !== '' : literal === segments[i],
			);
			if (!fits) continue;
			const values = segments.filter((_, i) => template.segments[i] === null);
			const params = Object.fromEntries(template.names.map((name, i) => [name, values[i]]));
			return { operation: template.operation, params };
		}
		return undefined;
	}

	/** The operation for a route of the emulator (`/v1/users/:userId`), matched by shape. */
	matchRoute(method: string, routePath: string): ContractOperation | undefined {
		return this.match(method, routePath.replace(/:[^/]+/g, 'x'))?.operation;
	}

	checkRequest(request: RequestToCheck): string[] {
		const found = this.match(request.method, request.path);
		if (!found) return [`no operation of the definition for ${request.method} ${request.path}`];
		const { operation } = found;
		const problems = this.checkQuery(operation, request.query ?? {});
		const body = request.body;
		if (operation.requestBody === null) {
			if (body !== undefined && !(isObject(body) && Object.keys(body).length === 0)) {
				problems.push('the operation takes no request body, one was sent');
			}
		} else if (body === undefined) {
			if (operation.requestBody.required) problems.push('the request body is required');
		} else {
			const validate = this.validator(
				operation,
				'request',
				operation.requestBody.schema,
				'request',
			);
			problems.push(...this.errors(validate, body, 'body'));
		}
		return problems.map(
			(problem) => `${operation.operationId} (${request.method} ${request.path}): ${problem}`,
		);
	}

	checkResponse(
		request: Pick<RequestToCheck, 'method' | 'path'>,
		status: number,
		body: unknown,
	): string[] {
		const found = this.match(request.method, request.path);
		if (!found) return [`no operation of the definition for ${request.method} ${request.path}`];
		const { operation } = found;
		const declared = Object.keys(operation.responses);
		const key = [String(status), `${String(status)[0]}XX`].find((k) => k in operation.responses);
		const label = `${operation.operationId} (${request.method} ${request.path}) answered ${status}`;
		let schema: Schema | null;
		if (status >= 400) {
			schema = (key && operation.responses[key]) || ERROR_ENVELOPE;
		} else if (key === undefined) {
			return [`${label}: the definition declares ${declared.join(', ')} only`];
		} else {
			schema = operation.responses[key] ?? ERROR_ENVELOPE;
		}
		const validate = this.validator(operation, key ?? 'error', schema, 'response');
		return this.errors(validate, body, 'answer').map((problem) => `${label}: ${problem}`);
	}

	/** Compiles (once) a schema with the exceptions applied and every described object closed. */
	validator(
		operation: ContractOperation,
		part: string,
		schema: Schema,
		side: Side,
	): ValidateFunction {
		const cacheKey = `${operation.operationId} ${part}`;
		let validate = this.compiled.get(cacheKey);
		if (!validate) {
			const place = { side, operationId: operation.operationId, required: false, root: true };
			validate = this.ajv.compile(this.prepare(schema, place));
			this.compiled.set(cacheKey, validate);
		}
		return validate;
	}

	private prepare(input: Schema, place: SchemaPlace): Schema {
		let schema = input;
		for (const exception of exceptions) {
			if (!exception.sides.includes(place.side)) continue;
			const rewritten = exception.rewrite(schema, place);
			if (rewritten !== schema) {
				this.exceptionUses.set(exception.id, (this.exceptionUses.get(exception.id) ?? 0) + 1);
				schema = rewritten;
			}
		}
		const out: Schema = { ...schema };
		if (isObject(schema.properties)) {
			const required = new Set((schema.required as string[] | undefined) ?? []);
			out.properties = Object.fromEntries(
				Object.entries(schema.properties).map(([name, property]) => [
					name,
					this.prepare(property as Schema, {
						...place,
						property: name,
						required: required.has(name),
						root: false,
					}),
				]),
			);
			// Closed objects: a field the definition does not have fails.
			if (out.additionalProperties === undefined) out.additionalProperties = false;
		}
		for (const key of ['items', 'additionalProperties', 'not']) {
			if (isObject(schema[key])) {
				const inner = { ...place, property: undefined, required: false, root: false };
				out[key] = this.prepare(schema[key] as Schema, inner);
			}
		}
		for (const key of ['anyOf', 'oneOf', 'allOf']) {
			if (Array.isArray(schema[key])) {
				out[key] = (schema[key] as Schema[]).map((part) => this.prepare(part, place));
			}
		}
		return out;
	}

	private errors(validate: ValidateFunction, value: unknown, root: string): string[] {
		if (validate(value)) return [];
		return (validate.errors ?? []).map((error) => {
			const where = `${root}${error.instancePath}`;
			const detail =
				error.keyword === 'additionalProperties'
					? `has field '${String(error.params.additionalProperty)}' the definition does not have`
					: error.keyword === 'enum'
						? `${error.message}: ${allowedValues(error.params.allowedValues as unknown[])}`
						: error.message;
			return `${where} ${detail}`;
		});
	}

	private checkQuery(operation: ContractOperation, query: Record<string, string>): string[] {
		const problems: string[] = [];
		const known = new Map(
			operation.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p] as const),
		);
		for (const [name, value] of Object.entries(query)) {
			const parameter = known.get(name);
			if (!parameter) {
				problems.push(
					`query parameter '${name}' is not in the definition (knows: ${[...known.keys()].join(', ') || 'none'})`,
				);
				continue;
			}
			problems.push(...this.checkQueryValue(operation, parameter, value));
		}
		for (const parameter of known.values()) {
			if (parameter.required && !(parameter.name in query)) {
				problems.push(`query parameter '${parameter.name}' is required`);
			}
		}
		return problems;
	}

	private checkQueryValue(
		operation: ContractOperation,
		parameter: ContractParameter,
		raw: string,
	): string[] {
		const type = parameter.schema.type;
		let value: unknown = raw;
		if (type === 'integer' || type === 'number') {
			value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
		} else if (type === 'boolean') {
			value = raw === 'true' ? true : raw === 'false' ? false : raw;
		}
		const validate = this.validator(
			operation,
			`query ${parameter.name}`,
			parameter.schema,
			'request',
		);
		return this.errors(validate, value, `query '${parameter.name}'`);
	}
}

let shared: ContractValidator | undefined;

/** The validator for the committed contract file (compiled schemas are cached per process). */
export function contract(): ContractValidator {
	shared ??= new ContractValidator(contractFile as unknown as Contract);
	return shared;
}
