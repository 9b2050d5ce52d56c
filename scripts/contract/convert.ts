/**
 * Derives the contract file (test/contract/fivetran-contract.json) from Fivetran's OpenAPI
 * definition: the July 2026 definition with every `$ref` resolved, overlaid with the September
 * 2026 per-operation files (new operations added, changed ones replace July's request and success
 * answer). Pure: build.ts reads the files and writes the result.
 *
 * Schemas are converted from OpenAPI 3.0 to JSON Schema: `nullable` becomes a `null` type,
 * `allOf` parts are merged into one schema (so objects can be closed by the validator), text
 * (`description`, `example`, `title`) is dropped. A `discriminator` (per-service `config`, ...)
 * keeps the base schema; the properties its variants add become free objects marked
 * `x-variesPer` (the exception "config differs per service", test/contract/exceptions.ts).
 */

export type Schema = { [key: string]: unknown };

export interface InputFile {
	/** Path relative to the spec folder, e.g. `fivetran-openapi.json`, `2026-09/users/x.json`. */
	path: string;
	text: string;
	sha256: string;
}

export interface ContractParameter {
	name: string;
	in: 'path' | 'query';
	required: boolean;
	schema: Schema;
}

export interface ContractOperation {
	operationId: string;
	method: string;
	/** Fivetran's template, e.g. `/v1/users/{userId}`. */
	path: string;
	deprecated: boolean;
	/** `2026-07` or `2026-09`: which definition this operation's request and success answer come from. */
	source: string;
	parameters: ContractParameter[];
	requestBody: { required: boolean; mediaType: string; schema: Schema } | null;
	/** Status (`200`, `404`, or `2XX` when the September file does not say) -> answer schema or null. */
	responses: Record<string, Schema | null>;
}

export interface Contract {
	notice: {
		license: string;
		source: string;
		commits: Record<string, string>;
		generatedBy: string;
		inputs: Array<{ path: string; sha256: string }>;
		notes: string[];
	};
	operations: ContractOperation[];
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'];
/** Keys that carry prose or examples only. */
const TEXT_KEYS = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'xml']);

function isObject(value: unknown): value is Schema {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Resolves `#/components/...` references of the July definition. */
function resolver(root: Schema): (ref: string) => Schema {
	return (ref) => {
		if (!ref.startsWith('#/')) throw new Error(`External $ref not supported: ${ref}`);
		let node: unknown = root;
		for (const part of ref.slice(2).split('/')) {
			node = isObject(node) ? node[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
		}
		if (!isObject(node)) throw new Error(`Unresolved $ref: ${ref}`);
		return node;
	};
}

/** Union of the properties the variants of a discriminated schema add to their base. */
function variantProperties(
	schema: Schema,
	resolve: (ref: string) => Schema,
	self: string,
): string[] {
	const mapping = (schema.discriminator as Schema).mapping as Record<string, string> | undefined;
	const names = new Set<string>();
	for (const ref of Object.values(mapping ?? {})) {
		const variant = resolve(ref);
		const parts = Array.isArray(variant.allOf) ? (variant.allOf as Schema[]) : [variant];
		for (const part of parts) {
			if (part.$ref === self) continue;
			const body = typeof part.$ref === 'string' ? resolve(part.$ref) : part;
			for (const name of Object.keys((body.properties as Schema | undefined) ?? {}))
				names.add(name);
		}
	}
	return [...names].sort();
}

/** Merges the parts of an `allOf` (and its siblings) into one schema. */
function mergeSchemas(parts: Schema[]): Schema {
	const merged: Schema = {};
	for (const part of parts) {
		for (const [key, value] of Object.entries(part)) {
			if (key === 'properties' && isObject(value)) {
				const properties = (merged.properties as Schema | undefined) ?? {};
				for (const [name, schema] of Object.entries(value)) {
					properties[name] = isObject(properties[name])
						? mergeSchemas([properties[name] as Schema, schema as Schema])
						: schema;
				}
				merged.properties = properties;
			} else if (key === 'required' && Array.isArray(value)) {
				merged.required = [...new Set([...((merged.required as string[]) ?? []), ...value])];
			} else if (!(key in merged)) {
				merged[key] = value;
			}
		}
	}
	if (merged.properties !== undefined && merged.type === undefined) merged.type = 'object';
	return merged;
}

function withNull(schema: Schema): Schema {
	const rest: Schema = { ...schema };
	delete rest.nullable;
	if (typeof rest.type === 'string') {
		const enumValues = Array.isArray(rest.enum) ? { enum: [...rest.enum, null] } : {};
		return { ...rest, type: [rest.type, 'null'], ...enumValues };
	}
	return { anyOf: [rest, { type: 'null' }] };
}

/** OpenAPI 3.0 schema -> JSON Schema, references inlined. */
export function convertSchema(
	input: unknown,
	resolve: (ref: string) => Schema,
	stack: string[] = [],
): Schema {
	if (!isObject(input)) return {};
	if (typeof input.$ref === 'string') {
		if (stack.includes(input.$ref)) throw new Error(`Recursive $ref: ${input.$ref}`);
		return convertSchema(resolve(input.$ref), resolve, [...stack, input.$ref]);
	}
	let schema: Schema = input;
	if (isObject(schema.discriminator)) {
		const self = stack[stack.length - 1];
		const { discriminator, ...base } = schema;
		const properties: Schema = { ...((base.properties as Schema | undefined) ?? {}) };
		const propertyName = (discriminator as Schema).propertyName as string;
		for (const name of variantProperties(schema, resolve, self ?? '')) {
			properties[name] ??= { type: 'object', 'x-variesPer': propertyName };
		}
		schema = { ...base, properties };
	}
	if (Array.isArray(schema.allOf)) {
		const { allOf, ...siblings } = schema;
		const parts = (allOf as unknown[]).map((part) => convertSchema(part, resolve, stack));
		return finish(mergeSchemas([...parts, convertSchema(siblings, resolve, stack)]));
	}
	const out: Schema = {};
	for (const [key, value] of Object.entries(schema)) {
		if (TEXT_KEYS.has(key) || key === 'readOnly' || key === 'writeOnly') continue;
		if (key === 'properties' && isObject(value)) {
			out.properties = Object.fromEntries(
				Object.entries(value).map(([name, property]) => [
					name,
					convertSchema(property, resolve, stack),
				]),
			);
		} else if (
			(key === 'items' || key === 'additionalProperties' || key === 'not') &&
			isObject(value)
		) {
			out[key] = convertSchema(value, resolve, stack);
		} else if ((key === 'oneOf' || key === 'anyOf') && Array.isArray(value)) {
			out[key] = value.map((part) => convertSchema(part, resolve, stack));
		} else {
			out[key] = value;
		}
	}
	return finish(out);
}

function finish(schema: Schema): Schema {
	if (schema.properties !== undefined && schema.type === undefined) schema.type = 'object';
	return schema.nullable === true ? withNull(schema) : (delete schema.nullable, schema);
}

function convertParameters(
	parameters: unknown,
	resolve: (ref: string) => Schema,
): ContractParameter[] {
	if (!Array.isArray(parameters)) return [];
	return parameters
		.map((parameter) =>
			isObject(parameter) && typeof parameter.$ref === 'string'
				? resolve(parameter.$ref)
				: parameter,
		)
		.filter(
			(parameter): parameter is Schema =>
				isObject(parameter) && (parameter.in === 'path' || parameter.in === 'query'),
		)
		.map((parameter) => ({
			name: parameter.name as string,
			in: parameter.in as 'path' | 'query',
			required: parameter.required === true,
			schema: convertSchema(parameter.schema, resolve),
		}));
}

function jsonBody(
	content: unknown,
	resolve: (ref: string) => Schema,
): { mediaType: string; schema: Schema } | null {
	if (!isObject(content)) return null;
	const mediaType = Object.keys(content)[0];
	if (mediaType === undefined) return null;
	const media = content[mediaType] as Schema;
	return { mediaType, schema: convertSchema(media.schema, resolve) };
}

function julyOperations(july: Schema): ContractOperation[] {
	const resolve = resolver(july);
	const operations: ContractOperation[] = [];
	for (const [path, item] of Object.entries(july.paths as Schema)) {
		for (const method of METHODS) {
			const op = (item as Schema)[method];
			if (!isObject(op)) continue;
			const body = isObject(op.requestBody) ? jsonBody(op.requestBody.content, resolve) : null;
			const responses: Record<string, Schema | null> = {};
			for (const [status, response] of Object.entries((op.responses as Schema) ?? {})) {
				const content = isObject(response) ? response.content : undefined;
				responses[status] =
					isObject(content) && isObject((content['application/json'] as Schema)?.schema)
						? convertSchema((content['application/json'] as Schema).schema, resolve)
						: null;
			}
			operations.push({
				operationId: op.operationId as string,
				method: method.toUpperCase(),
				path,
				deprecated: op.deprecated === true,
				source: '2026-07',
				parameters: convertParameters(op.parameters, resolve),
				requestBody: body && {
					required: (op.requestBody as Schema).required === true,
					...body,
				},
				responses,
			});
		}
	}
	return operations;
}

/** One September per-operation file as an operation; July's error answers are kept. */
function septemberOperation(
	file: InputFile,
	july: ContractOperation | undefined,
): ContractOperation {
	const spec = JSON.parse(file.text) as Schema;
	const noRefs = (ref: string): Schema => {
		throw new Error(`${file.path}: unexpected $ref ${ref}`);
	};
	// The split script stores `request_body.content` and `response.content` as schemas per media type.
	const toBody = (content: unknown) => {
		if (!isObject(content)) return null;
		const mediaType = Object.keys(content)[0];
		return mediaType === undefined
			? null
			: { mediaType, schema: convertSchema(content[mediaType], noRefs) };
	};
	const request = isObject(spec.request_body) ? toBody(spec.request_body.content) : null;
	const answer = isObject(spec.response) ? toBody(spec.response.content) : null;
	const successStatus = july
		? (Object.keys(july.responses).find((status) => status.startsWith('2')) ?? '2XX')
		: '2XX';
	const responses: Record<string, Schema | null> = { ...(july?.responses ?? {}) };
	responses[successStatus] = answer?.schema ?? null;
	const operationId = file.path
		.split('/')
		.pop()!
		.replace(/\.json$/, '');
	return {
		operationId,
		method: (spec.method as string).toUpperCase(),
		path: spec.path as string,
		deprecated: july?.deprecated ?? false,
		source: '2026-09',
		parameters: convertParameters(spec.parameters, noRefs),
		requestBody: request && { required: july?.requestBody?.required ?? true, ...request },
		responses,
	};
}

export const JULY_FILE = 'fivetran-openapi.json';
export const SEPTEMBER_DIR = '2026-09';

export function buildContract(july: InputFile, september: InputFile[]): Contract {
	const operations = julyOperations(JSON.parse(july.text) as Schema);
	const byKey = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
	const files = [...september].sort((a, b) => a.path.localeCompare(b.path));
	for (const file of files) {
		const parsed = JSON.parse(file.text) as Schema;
		const key = `${String(parsed.method).toUpperCase()} ${String(parsed.path)}`;
		byKey.set(key, septemberOperation(file, byKey.get(key)));
	}
	const merged = [...byKey.values()].sort(
		(a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method),
	);
	return {
		notice: {
			license:
				"Derived from Fivetran's OpenAPI definition. MIT License, Copyright (c) 2026 Fivetran.",
			source: 'https://github.com/fivetran/fivetran-mcp',
			commits: {
				'2026-07': '30c9153 (fivetran-open-api-definition.json, tag updated 2026-07-10)',
				'2026-09':
					'f5decca784bcb052e4c9d82421f8f41770e8ec89 (open-api-definitions/, updated 2026-09-17)',
			},
			generatedBy: 'npm run contract:build (scripts/contract/build.ts); do not edit by hand',
			inputs: [july, ...files].map((file) => ({ path: file.path, sha256: file.sha256 })),
			notes: [
				'Schemas are JSON Schema: nullable -> null type, allOf merged, prose and examples dropped.',
				'A discriminated schema keeps its base; the properties its per-service variants add (config, auth, ...) are free objects marked x-variesPer.',
				'September files replace the request and the success answer of the July operation with the same method and path; July error statuses are kept. A new September operation whose success status the file does not give answers 2XX.',
				'Responses with null declare no body schema (Fivetran error answers: { code, message }).',
			],
		},
		operations: merged,
	};
}

/** The committed text: stable, tab-indented, newline at the end. */
export function serializeContract(contract: Contract): string {
	return `${JSON.stringify(contract, null, '\t')}\n`;
}
