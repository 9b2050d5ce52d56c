/**
 * System keys (spec "System Key Management"): list, create, get, update, delete, rotate.
 * Only an Account Administrator's user key may call them (`adminUserKeyOnly`).
 *
 * The `secret` appears only in the create (201) and rotate (200) answers. Rotation replaces
 * the secret, so the old pair stops authenticating, and restarts `expired_at` from the
 * expiration period.
 */
import { paginate, track } from '../pagination';
import {
	conflict,
	created,
	done,
	invalidInput,
	isoTime,
	notFound,
	objectBody,
	ok,
	requireString,
} from '../respond';
import { randomToken, systemKeyToken } from '../seed';
import type { EmulatorState, SystemKeyPermission, SystemKeyRecord } from '../state';
import type { Route, RouteContext, RoutePermission } from '../types';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const RESOURCE_TYPES: ReadonlyArray<RoutePermission['resourceType']> = [
	'ACCOUNT',
	'USER',
	'WEBHOOK',
	'TEAM',
	'ROLES',
	'DESTINATION',
	'TRANSFORMATION',
	'REMOTE_EXECUTION_AGENT',
	'CONNECTOR',
];
const ACCESS_LEVELS: ReadonlyArray<SystemKeyPermission['access_level']> = [
	'NONE',
	'READ',
	'MANAGE',
];
/** Which resource types each `resource_filter` field is allowed on. */
const FILTER_RULES = {
	ids: ['DESTINATION', 'CONNECTOR'],
	group_ids: ['CONNECTOR', 'TRANSFORMATION'],
} as const;

/** Months of each expiration period; `INFINITE` never expires. */
const EXPIRATION_MONTHS: Record<string, number | null> = {
	ONE_WEEK: 0,
	ONE_MONTH: 1,
	THREE_MONTHS: 3,
	SIX_MONTHS: 6,
	INFINITE: null,
};

function expiresAt(period: string, now: number): string | null {
	const months = EXPIRATION_MONTHS[period];
	if (months === null) return null;
	const date = new Date(now);
	if (months === 0) date.setUTCDate(date.getUTCDate() + 7);
	else date.setUTCMonth(date.getUTCMonth() + months);
	return isoTime(date.getTime());
}

function readExpirationPeriod(body: Record<string, unknown>): string | undefined {
	const value = body.expiration_period;
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || !(value in EXPIRATION_MONTHS)) {
		throw invalidInput(
			`Invalid value for 'expiration_period': must be one of ${Object.keys(EXPIRATION_MONTHS).join(', ')}`,
		);
	}
	return value;
}

function readName(state: EmulatorState, body: Record<string, unknown>, ownId?: string): string {
	const name = requireString(body, 'name');
	if (!NAME.test(name)) {
		throw invalidInput(
			"Invalid value for 'name': must start with a letter or underscore and contain only letters, numbers and underscores",
		);
	}
	for (const key of state.systemKeys.values()) {
		if (key.name === name && key.id !== ownId)
			throw conflict(`System key with name '${name}' already exists`);
	}
	return name;
}

function readIdList(
	filter: Record<string, unknown>,
	field: keyof typeof FILTER_RULES,
	resourceType: string,
	where: string,
) {
	const value = filter[field];
	if (value === undefined) return undefined;
	const allowedOn: readonly string[] = FILTER_RULES[field];
	if (!allowedOn.includes(resourceType)) {
		throw invalidInput(
			`${where}: 'resource_filter.${field}' is allowed only for ${allowedOn.join(' and ')}`,
		);
	}
	if (!Array.isArray(value) || !value.every((id) => typeof id === 'string' && id !== '')) {
		throw invalidInput(`${where}: 'resource_filter.${field}' must be an array of ids`);
	}
	return value as string[];
}

function readPermission(raw: unknown, index: number): SystemKeyPermission {
	const where = `permissions[${index}]`;
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		throw invalidInput(`${where} must be an object`);
	const entry = raw as Record<string, unknown>;
	const resourceType = entry.resource_type;
	if (
		typeof resourceType !== 'string' ||
		!(RESOURCE_TYPES as readonly string[]).includes(resourceType)
	) {
		throw invalidInput(`${where}: 'resource_type' must be one of ${RESOURCE_TYPES.join(', ')}`);
	}
	const accessLevel = entry.access_level;
	if (
		typeof accessLevel !== 'string' ||
		!(ACCESS_LEVELS as readonly string[]).includes(accessLevel)
	) {
		throw invalidInput(`${where}: 'access_level' must be one of ${ACCESS_LEVELS.join(', ')}`);
	}
	const permission: SystemKeyPermission = {
		resource_type: resourceType,
		access_level: accessLevel as SystemKeyPermission['access_level'],
	};
	if (entry.resource_filter !== undefined && entry.resource_filter !== null) {
		const filter = entry.resource_filter;
		if (typeof filter !== 'object' || Array.isArray(filter))
			throw invalidInput(`${where}: 'resource_filter' must be an object`);
		const ids = readIdList(filter as Record<string, unknown>, 'ids', resourceType, where);
		const groupIds = readIdList(
			filter as Record<string, unknown>,
			'group_ids',
			resourceType,
			where,
		);
		permission.resource_filter = { ...(ids && { ids }), ...(groupIds && { group_ids: groupIds }) };
	}
	return permission;
}

function readPermissions(body: Record<string, unknown>): SystemKeyPermission[] {
	const value = body.permissions;
	if (!Array.isArray(value) || value.length === 0)
		throw invalidInput("Field 'permissions' is required");
	return value.map(readPermission);
}

/**
 * The key as Fivetran answers it (get_system_key_details): the definition's fields, so no
 * `expiration_period` (the emulator keeps it to restart `expired_at` on rotate). The secret
 * only in create and rotate answers (`withSecret`).
 */
export function presentSystemKey(
	key: SystemKeyRecord,
	withSecret = false,
): Omit<SystemKeyRecord, 'secret' | 'expiration_period'> & { secret?: string } {
	const shown: Partial<SystemKeyRecord> = { ...key };
	delete shown.expiration_period;
	if (!withSecret) delete shown.secret;
	return shown as Omit<SystemKeyRecord, 'secret' | 'expiration_period'>;
}

function findKey(ctx: RouteContext): SystemKeyRecord {
	const key = ctx.state.systemKeys.get(ctx.params.keyId);
	if (!key) throw notFound('SystemKey', ctx.params.keyId);
	return key;
}

function createKey(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	const name = readName(ctx.state, body);
	const permissions = readPermissions(body);
	const period = readExpirationPeriod(body) ?? 'INFINITE';
	const rng = ctx.state.random;
	const key: SystemKeyRecord = {
		id: ctx.state.newId('key_'),
		name,
		key: systemKeyToken(rng),
		secret: randomToken(rng, 32),
		permissions,
		expiration_period: period,
		created_at: isoTime(ctx.now),
		updated_at: isoTime(ctx.now),
		expired_at: expiresAt(period, ctx.now),
		last_used_at: null,
	};
	ctx.state.systemKeys.set(key.id, track(key));
	return created(presentSystemKey(key, true), 'System key has been created');
}

function updateKey(ctx: RouteContext) {
	const key = findKey(ctx);
	const body = objectBody(ctx.body);
	if (body.name === undefined && body.permissions === undefined) {
		throw invalidInput("At least one of 'name' or 'permissions' is required");
	}
	if (body.name !== undefined) key.name = readName(ctx.state, body, key.id);
	if (body.permissions !== undefined) key.permissions = readPermissions(body);
	key.updated_at = isoTime(ctx.now);
	return ok(presentSystemKey(key), 'System key has been updated');
}

function rotateKey(ctx: RouteContext) {
	const key = findKey(ctx);
	const period = readExpirationPeriod(objectBody(ctx.body)) ?? key.expiration_period;
	key.secret = randomToken(ctx.state.random, 32);
	key.expiration_period = period;
	key.expired_at = expiresAt(period, ctx.now);
	key.updated_at = isoTime(ctx.now);
	return ok(presentSystemKey(key, true), `System key with id '${key.id}' has been rotated`);
}

const adminOnly = { adminUserKeyOnly: true } as const;

export const routes: Route[] = [
	{
		method: 'GET',
		path: '/v1/system-keys',
		...adminOnly,
		handler: (ctx) => paginate(ctx.state.systemKeys, ctx.query, (key) => presentSystemKey(key)),
	},
	{ method: 'POST', path: '/v1/system-keys', ...adminOnly, handler: createKey },
	{
		method: 'GET',
		path: '/v1/system-keys/:keyId',
		...adminOnly,
		handler: (ctx) => ok(presentSystemKey(findKey(ctx))),
	},
	{ method: 'PATCH', path: '/v1/system-keys/:keyId', ...adminOnly, handler: updateKey },
	{
		method: 'DELETE',
		path: '/v1/system-keys/:keyId',
		...adminOnly,
		handler: (ctx) => {
			const key = findKey(ctx);
			ctx.state.systemKeys.delete(key.id);
			return done(`System key with id '${key.id}' has been deleted`);
		},
	},
	{ method: 'POST', path: '/v1/system-keys/:keyId/rotate', ...adminOnly, handler: rotateKey },
];
