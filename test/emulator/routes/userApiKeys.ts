/**
 * User API keys, new in Fivetran's September 2026 definition (2026-09/users/):
 * `GET /v1/users/api-keys` (list_api_keys), `GET|POST|DELETE /v1/users/:userId/api-keys`
 * (get_user_api_key, create_user_api_key, delete_user_api_keys) and
 * `POST /v1/users/:userId/api-keys/rotate` (rotate_user_api_key).
 *
 * Rules, each from those files: create, rotate and delete may only be called by a regular user
 * ("Only a regular user can perform this operation": a service account's key is refused, and so
 * is a system key, which is no user); `expiration_period_days` defaults to 90, at most 365;
 * `overlap_days` at most 30, during which both secrets are valid; the secret is returned once.
 * A user holds one key (get_user_api_key answers one), so a second create is a 409 (inferred).
 */
import { paginate } from '../pagination';
import {
	conflict,
	created,
	done,
	forbidden,
	invalidInput,
	isoTime,
	objectBody,
	ok,
} from '../respond';
import { addUserKey, deleteUserKeys, randomToken } from '../seed';
import type { UserKeyRecord } from '../state';
import { ApiError, type Route, type RouteContext } from '../types';
import { keyStatus } from '../userApiKeys';
import { findUser, userPermission, userTypeFilter } from './users';

const DAY_MS = 86_400_000;

/** An optional whole number of days in `min..max` from the body, or its default. */
function days(
	body: Record<string, unknown>,
	field: string,
	min: number,
	max: number,
	fallback: number,
): number {
	const value = body[field];
	if (value === undefined || value === null) return fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
		throw invalidInput(
			`Invalid value for '${field}': must be a whole number from ${min} to ${max}`,
		);
	}
	return value;
}

/** The definition's note on create, rotate and delete: "Only a regular user can perform this operation." */
function requireRegularUserCaller(ctx: RouteContext): void {
	const caller = ctx.caller.kind === 'user' ? ctx.state.users.get(ctx.caller.id) : undefined;
	if (caller?.user_type !== 'REGULAR_USER') {
		throw forbidden('Only a regular user can perform this operation');
	}
}

function keyOf(ctx: RouteContext): UserKeyRecord {
	const user = findUser(ctx);
	for (const key of ctx.state.userKeys.values()) if (key.userId === user.id) return key;
	throw new ApiError(404, 'NotFound_ApiKey', `User with id '${user.id}' has no API key`);
}

/** A key as list_api_keys / get_user_api_key answer it; optional times only when set. */
function presentKey(ctx: RouteContext, key: UserKeyRecord) {
	const status = keyStatus(key, ctx.now);
	return {
		user_id: key.userId,
		user_type: ctx.state.users.get(key.userId)?.user_type ?? 'REGULAR_USER',
		key_value: key.key,
		created_at: key.created_at,
		key_status: status,
		...(key.expires_at !== null && { expires_at: key.expires_at }),
		// "Only present during the overlap period."
		...(status === 'ACTIVE_GRACE' && { overlap_expires_at: key.overlap_expires_at }),
		...(key.last_rotated_at !== null && { last_rotated_at: key.last_rotated_at }),
	};
}

function listKeys(ctx: RouteContext) {
	const userType = userTypeFilter(ctx.query);
	const keys = [...ctx.state.userKeys.values()].filter(
		(key) => userType === undefined || ctx.state.users.get(key.userId)?.user_type === userType,
	);
	return paginate(keys, ctx.query, (key) => presentKey(ctx, key));
}

function createKey(ctx: RouteContext) {
	requireRegularUserCaller(ctx);
	const user = findUser(ctx);
	const body = objectBody(ctx.body);
	const expiration = days(body, 'expiration_period_days', 1, 365, 90);
	if (user.has_api_key) throw conflict(`User with id '${user.id}' already has an API key`);
	const key = addUserKey(
		ctx.state,
		user.id,
		ctx.state.random,
		ctx.now,
		ctx.now + expiration * DAY_MS,
	);
	// create_user_api_key's answer: no user fields, and the secret this once.
	return created(
		{
			key_value: key.key,
			key_secret: key.secret,
			key_status: keyStatus(key, ctx.now),
			created_at: key.created_at,
			expires_at: key.expires_at,
		},
		'API key has been created',
	);
}

function rotateKey(ctx: RouteContext) {
	requireRegularUserCaller(ctx);
	const key = keyOf(ctx);
	const body = objectBody(ctx.body);
	const expiration = days(body, 'expiration_period_days', 1, 365, 90);
	const overlap = days(body, 'overlap_days', 0, 30, 0);
	key.previous_secret = overlap > 0 ? key.secret : null;
	key.overlap_expires_at = overlap > 0 ? isoTime(ctx.now + overlap * DAY_MS) : null;
	key.secret = randomToken(ctx.state.random, 32);
	key.expires_at = isoTime(ctx.now + expiration * DAY_MS);
	key.last_rotated_at = isoTime(ctx.now);
	const status = keyStatus(key, ctx.now);
	return ok(
		{
			key_value: key.key,
			key_secret: key.secret,
			key_status: status,
			expires_at: key.expires_at,
			...(status === 'ACTIVE_GRACE' && { overlap_expires_at: key.overlap_expires_at }),
			last_rotated_at: key.last_rotated_at,
		},
		'API key has been rotated',
	);
}

function deleteKeys(ctx: RouteContext) {
	requireRegularUserCaller(ctx);
	const user = findUser(ctx);
	if (!deleteUserKeys(ctx.state, user.id)) {
		throw new ApiError(404, 'NotFound_ApiKey', `User with id '${user.id}' has no API key`);
	}
	return done(`API keys of user with id '${user.id}' have been deleted`);
}

const KEYS = '/v1/users/:userId/api-keys';

export const routes: Route[] = [
	// A literal segment wins over `/v1/users/:userId` (router.ts).
	{
		method: 'GET',
		path: '/v1/users/api-keys',
		permission: userPermission('READ'),
		handler: listKeys,
	},
	{
		method: 'GET',
		path: KEYS,
		permission: userPermission('READ'),
		handler: (ctx) => ok(presentKey(ctx, keyOf(ctx))),
	},
	{ method: 'POST', path: KEYS, permission: userPermission('MANAGE'), handler: createKey },
	{
		method: 'POST',
		path: `${KEYS}/rotate`,
		permission: userPermission('MANAGE'),
		handler: rotateKey,
	},
	{ method: 'DELETE', path: KEYS, permission: userPermission('MANAGE'), handler: deleteKeys },
];
