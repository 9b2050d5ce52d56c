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
	/** Comma-separated destination / connection ids (or an array, from an expression). */
	resourceIds?: unknown;
	/** Comma-separated group ids (or an array, from an expression). */
	groupIds?: unknown;
	/**
	 * The ID fields given by an expression, even when it resolved to nothing: such a field must
	 * not silently mean "all" (a field left empty does).
	 */
	fromExpression?: ReadonlyArray<'resourceIds' | 'groupIds'>;
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

const BUILDER_ID_FIELD_LABELS = { resourceIds: 'Resource IDs', groupIds: 'Group IDs' } as const;

/**
 * The IDs of one builder field: a comma-separated text, or an array of ID strings when an
 * expression produced one. A field left empty means "no filter"; a field that was filled in
 * (typed text, or an expression) but holds no ID is refused, because Fivetran reads a missing
 * filter as "every resource" and the key would silently get more access than meant.
 */
function builderIdList(
	row: PermissionBuilderRow,
	field: keyof typeof BUILDER_ID_FIELD_LABELS,
	label: string,
	resourceType: SystemKeyResourceType,
): string[] {
	const value = row[field];
	const fieldLabel = BUILDER_ID_FIELD_LABELS[field];
	let ids: string[];
	if (Array.isArray(value)) {
		if (!value.every((id) => typeof id === 'string')) {
			throw new SystemKeyInputError(
				`${label}: ${fieldLabel} must be a comma-separated text or a list of ID strings`,
			);
		}
		ids = splitIdList((value as string[]).join(','));
	} else if (value === undefined || value === null || typeof value === 'string') {
		ids = splitIdList(value);
	} else {
		throw new SystemKeyInputError(
			`${label}: ${fieldLabel} must be a comma-separated text or a list of ID strings, not ${typeof value}`,
		);
	}
	const filledIn =
		Array.isArray(value) ||
		(typeof value === 'string' && value.trim() !== '') ||
		row.fromExpression?.includes(field) === true;
	if (ids.length === 0 && filledIn) {
		throw emptyFilterError(`${label}: ${fieldLabel}`, resourceType);
	}
	return ids;
}

function emptyFilterError(what: string, resourceType: SystemKeyResourceType): SystemKeyInputError {
	return new SystemKeyInputError(
		`${what} holds no ID. Without IDs Fivetran applies the permission to every ${resourceType} resource; ` +
			'enter at least one ID, or remove the filter to cover all of them on purpose',
	);
}

/** Permissions from the builder rows; fields left empty are left out of the filter. */
export function permissionsFromBuilder(rows: PermissionBuilderRow[]): SystemKeyPermission[] {
	const candidates = rows.map((row, index) => {
		const label = permissionLabel(index);
		const resourceType = oneOf(
			row.resourceType,
			SYSTEM_KEY_RESOURCE_TYPES,
			`${label}: resource type`,
		);
		return {
			resource_type: resourceType,
			access_level: oneOf(row.accessLevel, SYSTEM_KEY_ACCESS_LEVELS, `${label}: access level`),
			resource_filter: compactFilter({
				ids: builderIdList(row, 'resourceIds', label, resourceType),
				group_ids: builderIdList(row, 'groupIds', label, resourceType),
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
		const resourceType = oneOf(
			permission.resource_type,
			SYSTEM_KEY_RESOURCE_TYPES,
			`${label}: resource_type`,
		);
		return {
			resource_type: resourceType,
			access_level: oneOf(
				permission.access_level,
				SYSTEM_KEY_ACCESS_LEVELS,
				`${label}: access_level`,
			),
			resource_filter: filterFromJson(permission.resource_filter, label, resourceType),
		};
	});
	return validatePermissionList(candidates);
}

/**
 * Rules that hold whatever the input mode: non-empty, filters where allowed. A resource type
 * may appear more than once: Fivetran's own example (create_system_key, update_system_key)
 * grants CONNECTOR MANAGE to all and CONNECTOR NONE to listed ids, i.e. "all except these".
 */
function validatePermissionList(
	candidates: Array<SystemKeyPermission & { resource_filter: SystemKeyResourceFilter | undefined }>,
): SystemKeyPermission[] {
	if (candidates.length === 0) {
		throw new SystemKeyInputError(
			'Add at least one permission: Fivetran requires a system key to have permissions',
		);
	}
	return candidates.map((candidate, index) => {
		const label = permissionLabel(index);
		const type = candidate.resource_type;
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

function filterFromJson(
	value: unknown,
	label: string,
	resourceType: SystemKeyResourceType,
): SystemKeyResourceFilter | undefined {
	if (value === undefined || value === null) return undefined;
	const filter = plainObject(value, `${label}: resource_filter`);
	rejectUnknownKeys(filter, FILTER_KEYS, `${label}: resource_filter`);
	return compactFilter({
		ids: idArray(filter.ids, `${label}: resource_filter.ids`, resourceType),
		group_ids: idArray(filter.group_ids, `${label}: resource_filter.group_ids`, resourceType),
	});
}

/** An explicit empty list is refused: Fivetran would read it as no filter, i.e. every resource. */
function idArray(value: unknown, what: string, resourceType: SystemKeyResourceType): string[] {
	if (value === undefined || value === null) return [];
	const valid =
		Array.isArray(value) && value.every((id) => typeof id === 'string' && id.trim() !== '');
	if (!valid) {
		throw new SystemKeyInputError(`${what} must be an array of non-empty ID strings`);
	}
	if (value.length === 0) throw emptyFilterError(`${what} (an empty list)`, resourceType);
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
