/**
 * Pure validation of system-key input (fivetran-api.md section 4), run before any request so
 * that a typo costs the user a clear message instead of a half-understood 400.
 *
 * Every check throws SystemKeyInputError with a message meant for the user; the operation
 * turns it into a NodeOperationError carrying the item index.
 */

export const SYSTEM_KEY_RESOURCE_TYPES = [
	'ACCOUNT',
	'USER',
	'WEBHOOK',
	'TEAM',
	'ROLES',
	'DESTINATION',
	'TRANSFORMATION',
	'REMOTE_EXECUTION_AGENT',
	'CONNECTOR',
] as const;
export type SystemKeyResourceType = (typeof SYSTEM_KEY_RESOURCE_TYPES)[number];

export const SYSTEM_KEY_ACCESS_LEVELS = ['NONE', 'READ', 'MANAGE'] as const;
export type SystemKeyAccessLevel = (typeof SYSTEM_KEY_ACCESS_LEVELS)[number];

export const SYSTEM_KEY_EXPIRATION_PERIODS = [
	'ONE_WEEK',
	'ONE_MONTH',
	'THREE_MONTHS',
	'SIX_MONTHS',
	'INFINITE',
] as const;
export type SystemKeyExpirationPeriod = (typeof SYSTEM_KEY_EXPIRATION_PERIODS)[number];

/** Fivetran accepts `resource_filter.ids` only for these resource types. */
export const RESOURCE_TYPES_WITH_ID_FILTER: readonly SystemKeyResourceType[] = [
	'DESTINATION',
	'CONNECTOR',
];
/** Fivetran accepts `resource_filter.group_ids` only for these resource types. */
export const RESOURCE_TYPES_WITH_GROUP_FILTER: readonly SystemKeyResourceType[] = [
	'CONNECTOR',
	'TRANSFORMATION',
];

/** The dashboard's rule: starts with a letter or underscore; letters, digits, underscores. */
export const SYSTEM_KEY_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface SystemKeyResourceFilter {
	ids?: string[];
	group_ids?: string[];
}

/** One permission in the API's own field names, ready to send. */
export interface SystemKeyPermission {
	resource_type: SystemKeyResourceType;
	access_level: SystemKeyAccessLevel;
	resource_filter?: SystemKeyResourceFilter;
}

/** One row of the node's permissions builder (fixedCollection values). */
export interface PermissionBuilderRow {
	resourceType?: unknown;
	accessLevel?: unknown;
	/** Comma-separated destination / connection ids. */
	resourceIds?: unknown;
	/** Comma-separated group ids. */
	groupIds?: unknown;
}

export class SystemKeyInputError extends Error {}

const JSON_EXAMPLE = '[{"resource_type": "CONNECTOR", "access_level": "READ"}]';
const PERMISSION_KEYS = ['resource_type', 'access_level', 'resource_filter'];
const FILTER_KEYS = ['ids', 'group_ids'];

/** Returns the trimmed name, or throws explaining the naming rule. */
export function validateSystemKeyName(name: unknown): string {
	const trimmed = typeof name === 'string' ? name.trim() : '';
	if (trimmed === '') {
		throw new SystemKeyInputError('Enter a name for the system key (e.g. "ci_reader")');
	}
	if (!SYSTEM_KEY_NAME_PATTERN.test(trimmed)) {
		throw new SystemKeyInputError(
			`System key name "${trimmed}" is not valid: it must start with a letter or an underscore ` +
				'and contain only letters, numbers and underscores (e.g. "ci_reader")',
		);
	}
	return trimmed;
}

export function validateExpirationPeriod(value: unknown): SystemKeyExpirationPeriod {
	return oneOf(value, SYSTEM_KEY_EXPIRATION_PERIODS, 'Expiration period');
}

/** "a, b,,c " -> ['a', 'b', 'c'] */
export function splitIdList(text: unknown): string[] {
	if (typeof text !== 'string') return [];
	return text
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
}

/** Permissions from the builder rows; empty id lists are left out of the filter. */
export function permissionsFromBuilder(rows: PermissionBuilderRow[]): SystemKeyPermission[] {
	const candidates = rows.map((row, index) => {
		const label = permissionLabel(index);
		return {
			resource_type: oneOf(row.resourceType, SYSTEM_KEY_RESOURCE_TYPES, `${label}: resource type`),
			access_level: oneOf(row.accessLevel, SYSTEM_KEY_ACCESS_LEVELS, `${label}: access level`),
			resource_filter: compactFilter({
				ids: splitIdList(row.resourceIds),
				group_ids: splitIdList(row.groupIds),
			}),
		};
	});
	return validatePermissionList(candidates);
}

/**
 * Permissions given as JSON in the API's own shape. `value` is what the JSON parameter held,
 * already parsed (the caller names the parameter when parsing fails).
 */
export function permissionsFromJson(value: unknown): SystemKeyPermission[] {
	if (!Array.isArray(value)) {
		throw new SystemKeyInputError(
			`Permissions (JSON) must be a JSON array of permissions, e.g. ${JSON_EXAMPLE}`,
		);
	}
	const candidates = value.map((entry: unknown, index) => {
		const label = permissionLabel(index);
		const permission = plainObject(entry, `${label} in Permissions (JSON)`);
		rejectUnknownKeys(permission, PERMISSION_KEYS, label);
		return {
			resource_type: oneOf(
				permission.resource_type,
				SYSTEM_KEY_RESOURCE_TYPES,
				`${label}: resource_type`,
			),
			access_level: oneOf(
				permission.access_level,
				SYSTEM_KEY_ACCESS_LEVELS,
				`${label}: access_level`,
			),
			resource_filter: filterFromJson(permission.resource_filter, label),
		};
	});
	return validatePermissionList(candidates);
}

/** Rules that hold whatever the input mode: non-empty, filters where allowed, no repeats. */
function validatePermissionList(
	candidates: Array<SystemKeyPermission & { resource_filter: SystemKeyResourceFilter | undefined }>,
): SystemKeyPermission[] {
	if (candidates.length === 0) {
		throw new SystemKeyInputError(
			'Add at least one permission: Fivetran requires a system key to have permissions',
		);
	}
	const firstIndexByType = new Map<SystemKeyResourceType, number>();
	return candidates.map((candidate, index) => {
		const label = permissionLabel(index);
		const type = candidate.resource_type;
		const earlier = firstIndexByType.get(type);
		if (earlier !== undefined) {
			throw new SystemKeyInputError(
				`${label}: resource type ${type} is already used by ${permissionLabel(earlier).toLowerCase()}; ` +
					'each resource type may appear only once, so combine them into one permission',
			);
		}
		firstIndexByType.set(type, index);
		const filter = candidate.resource_filter;
		if (filter?.ids && !RESOURCE_TYPES_WITH_ID_FILTER.includes(type)) {
			throw new SystemKeyInputError(
				`${label}: resource IDs can only be set for ${RESOURCE_TYPES_WITH_ID_FILTER.join(' and ')} ` +
					`permissions, not ${type}; remove them`,
			);
		}
		if (filter?.group_ids && !RESOURCE_TYPES_WITH_GROUP_FILTER.includes(type)) {
			throw new SystemKeyInputError(
				`${label}: group IDs can only be set for ${RESOURCE_TYPES_WITH_GROUP_FILTER.join(' and ')} ` +
					`permissions, not ${type}; remove them`,
			);
		}
		const permission: SystemKeyPermission = {
			resource_type: type,
			access_level: candidate.access_level,
		};
		if (filter) permission.resource_filter = filter;
		return permission;
	});
}

function filterFromJson(value: unknown, label: string): SystemKeyResourceFilter | undefined {
	if (value === undefined || value === null) return undefined;
	const filter = plainObject(value, `${label}: resource_filter`);
	rejectUnknownKeys(filter, FILTER_KEYS, `${label}: resource_filter`);
	return compactFilter({
		ids: idArray(filter.ids, `${label}: resource_filter.ids`),
		group_ids: idArray(filter.group_ids, `${label}: resource_filter.group_ids`),
	});
}

function idArray(value: unknown, what: string): string[] {
	if (value === undefined || value === null) return [];
	const valid =
		Array.isArray(value) && value.every((id) => typeof id === 'string' && id.trim() !== '');
	if (!valid) {
		throw new SystemKeyInputError(`${what} must be an array of non-empty ID strings`);
	}
	return (value as string[]).map((id) => id.trim());
}

/** Drops empty id lists, and the whole filter when nothing is left. */
function compactFilter(filter: {
	ids: string[];
	group_ids: string[];
}): SystemKeyResourceFilter | undefined {
	const compact: SystemKeyResourceFilter = {};
	if (filter.ids.length > 0) compact.ids = filter.ids;
	if (filter.group_ids.length > 0) compact.group_ids = filter.group_ids;
	return Object.keys(compact).length > 0 ? compact : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
		return value as T;
	}
	const shown = value === undefined || value === '' ? 'missing' : `"${String(value)}" is not valid`;
	throw new SystemKeyInputError(`${what} ${shown}. Use one of: ${allowed.join(', ')}`);
}

function plainObject(value: unknown, what: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new SystemKeyInputError(
			`${what} must be a JSON object, e.g. ${JSON_EXAMPLE.slice(1, -1)}`,
		);
	}
	return value as Record<string, unknown>;
}

/** Catches camelCase or misspelt keys, which would otherwise never reach the permission as meant. */
function rejectUnknownKeys(object: Record<string, unknown>, allowed: string[], what: string): void {
	const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
	if (unknown.length > 0) {
		throw new SystemKeyInputError(
			`${what}: unknown field ${unknown.map((key) => `"${key}"`).join(', ')}. Allowed fields: ${allowed.join(', ')}`,
		);
	}
}

function permissionLabel(index: number): string {
	return `Permission ${index + 1}`;
}
