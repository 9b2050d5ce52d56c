/**
 * Users (spec "User Management"): list, invite, get, update, delete, remove account role,
 * and the user's connection and group memberships (routes built by `membershipRoutes`).
 *
 * Rules: duplicate e-mail 409; a user cannot change their own role (403); the last Account
 * Administrator can be neither deleted nor demoted (400); explicit `null` clears phone/picture.
 * Service accounts (2026-09/users/create_user.json): `user_type: SERVICE_ACCOUNT` creates the
 * user at once with no invitation, `email` optional; a service account cannot create another
 * one (403). list_all_users filters by `user_type` and `has_api_key`.
 */
import { requireRole } from '../catalog/roles';
import { paginate, track } from '../pagination';
import { ACCOUNT_ADMINISTRATOR } from '../permissions';
import { deleteUserKeys } from '../seed';
import { valuesOf } from '../versionedMap';
import {
	created,
	done,
	conflict,
	forbidden,
	invalidInput,
	isoTime,
	notFound,
	objectBody,
	ok,
	optionalString,
	requireString,
} from '../respond';
import type { EmulatorState, UserRecord, UserType } from '../state';
import type { Route, RouteContext, RoutePermission } from '../types';
import { membershipRoutes } from './userMemberships';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const userPermission = (access: RoutePermission['access']): RoutePermission => ({
	resourceType: 'USER',
	access,
});

export function findUser(ctx: RouteContext): UserRecord {
	const user = ctx.state.users.get(ctx.params.userId);
	if (!user) throw notFound('User', ctx.params.userId);
	return user;
}

function administratorCount(state: EmulatorState): number {
	let count = 0;
	for (const user of state.users.values()) if (user.role === ACCOUNT_ADMINISTRATOR) count += 1;
	return count;
}

/** 400 when `user` is the only Account Administrator (the account would have no owner). */
function refuseLastAdministrator(state: EmulatorState, user: UserRecord, action: string): void {
	if (user.role === ACCOUNT_ADMINISTRATOR && administratorCount(state) === 1) {
		throw invalidInput(`Cannot ${action} the last Account Administrator of the account`);
	}
}

/** `phone` / `picture`: a string, or `null` to clear (PATCH); `undefined` when absent. */
function nullableString(body: Record<string, unknown>, field: string): string | null | undefined {
	return body[field] === null ? null : optionalString(body, field);
}

const USER_TYPES: readonly UserType[] = ['REGULAR_USER', 'SERVICE_ACCOUNT'];

/** `user_type` query of list_api_keys and list_all_users; undefined when absent. */
export function userTypeFilter(query: URLSearchParams): UserType | undefined {
	const raw = query.get('user_type');
	if (raw === null || raw === '') return undefined;
	if (!(USER_TYPES as readonly string[]).includes(raw)) {
		throw invalidInput(`Invalid value for 'user_type': must be one of ${USER_TYPES.join(', ')}`);
	}
	return raw as UserType;
}

/** A `true` / `false` query parameter; undefined when absent. */
function booleanQuery(query: URLSearchParams, name: string): boolean | undefined {
	const raw = query.get(name);
	if (raw === null || raw === '') return undefined;
	if (raw !== 'true' && raw !== 'false') {
		throw invalidInput(`Invalid value for '${name}': must be true or false`);
	}
	return raw === 'true';
}

function listUsers(ctx: RouteContext) {
	const active = booleanQuery(ctx.query, 'active');
	const hasApiKey = booleanQuery(ctx.query, 'has_api_key');
	const userType = userTypeFilter(ctx.query);
	if (active === undefined && hasApiKey === undefined && userType === undefined) {
		return paginate(ctx.state.users, ctx.query);
	}
	return paginate(
		valuesOf(ctx.state.users).filter(
			(user) =>
				(active === undefined || user.active === active) &&
				(hasApiKey === undefined || user.has_api_key === hasApiKey) &&
				(userType === undefined || user.user_type === userType),
		),
		ctx.query,
	);
}

/** create_user's `user_type`: REGULAR_USER when absent. */
function requestedUserType(body: Record<string, unknown>): UserType {
	const value = optionalString(body, 'user_type') ?? 'REGULAR_USER';
	if (!(USER_TYPES as readonly string[]).includes(value)) {
		throw invalidInput(`Invalid value for 'user_type': must be one of ${USER_TYPES.join(', ')}`);
	}
	return value as UserType;
}

/** The e-mail of a new user: required unless it is a service account; unique. */
function newUserEmail(ctx: RouteContext, body: Record<string, unknown>, userType: UserType) {
	const email =
		userType === 'SERVICE_ACCOUNT' && body.email === undefined
			? null
			: requireString(body, 'email');
	if (email === null) return null;
	if (!EMAIL.test(email))
		throw invalidInput(`Invalid value for 'email': '${email}' is not an e-mail address`);
	const lowerEmail = email.toLowerCase();
	for (const user of ctx.state.users.values()) {
		if (user.email?.toLowerCase() === lowerEmail)
			throw conflict(`User with email '${email}' already exists`);
	}
	return email;
}

function inviteUser(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	const userType = requestedUserType(body);
	const serviceAccount = userType === 'SERVICE_ACCOUNT';
	if (serviceAccount && ctx.caller.kind === 'user') {
		if (ctx.state.users.get(ctx.caller.id)?.user_type === 'SERVICE_ACCOUNT') {
			throw forbidden('A service account cannot create another service account');
		}
	}
	const email = newUserEmail(ctx, body, userType);
	const user: UserRecord = {
		id: ctx.state.newId(),
		email,
		given_name: requireString(body, 'given_name'),
		family_name: requireString(body, 'family_name'),
		verified: false,
		// A regular user is invited by e-mail; a service account exists at once, uninvited.
		invited: !serviceAccount,
		picture: nullableString(body, 'picture') ?? null,
		phone: nullableString(body, 'phone') ?? null,
		role:
			body.role === undefined || body.role === null
				? null
				: requireRole(ctx.state, body.role, 'ACCOUNT'),
		active: true,
		logged_in_at: null,
		created_at: isoTime(ctx.now),
		user_type: userType,
		has_api_key: false,
	};
	ctx.state.users.set(user.id, track(user));
	return created(user, 'User has been created');
}

function updateUser(ctx: RouteContext) {
	const user = findUser(ctx);
	const body = objectBody(ctx.body);
	const changes: Partial<UserRecord> = {};
	for (const field of ['given_name', 'family_name'] as const) {
		if (body[field] !== undefined) changes[field] = requireString(body, field);
	}
	for (const field of ['phone', 'picture'] as const) {
		const value = nullableString(body, field);
		if (value !== undefined) changes[field] = value;
	}
	if (body.role !== undefined) {
		const role = requireRole(ctx.state, body.role, 'ACCOUNT');
		if (role !== user.role) {
			if (ctx.caller.kind === 'user' && ctx.caller.id === user.id)
				throw forbidden('You cannot change your own role');
			refuseLastAdministrator(ctx.state, user, 'change the role of');
		}
		changes.role = role;
	}
	if (Object.keys(changes).length === 0) {
		throw invalidInput(
			'At least one of given_name, family_name, phone, picture or role is required',
		);
	}
	Object.assign(user, changes);
	return ok(user, 'User has been updated');
}

/** Removes a user and everything that points at them (keys, memberships, team seats). */
function removeUser(state: EmulatorState, userId: string): void {
	deleteUserKeys(state, userId);
	state.users.delete(userId);
	state.userConnectionMemberships.delete(userId);
	state.userGroupMemberships.delete(userId);
	for (const team of state.teams.values()) team.users.delete(userId);
}

export const routes: Route[] = [
	{ method: 'GET', path: '/v1/users', permission: userPermission('READ'), handler: listUsers },
	{
		method: 'POST',
		path: '/v1/users',
		permission: userPermission('MANAGE'),
		rateBucket: 'user_creation',
		handler: inviteUser,
	},
	{
		method: 'GET',
		path: '/v1/users/:userId',
		permission: userPermission('READ'),
		handler: (ctx) => ok(findUser(ctx)),
	},
	{
		method: 'PATCH',
		path: '/v1/users/:userId',
		permission: userPermission('MANAGE'),
		handler: updateUser,
	},
	{
		method: 'DELETE',
		path: '/v1/users/:userId',
		permission: userPermission('MANAGE'),
		handler: (ctx) => {
			const user = findUser(ctx);
			refuseLastAdministrator(ctx.state, user, 'delete');
			removeUser(ctx.state, user.id);
			return done(`User with id '${user.id}' has been deleted`);
		},
	},
	{
		method: 'DELETE',
		path: '/v1/users/:userId/role',
		permission: userPermission('MANAGE'),
		handler: (ctx) => {
			const user = findUser(ctx);
			if (ctx.caller.kind === 'user' && ctx.caller.id === user.id)
				throw forbidden('You cannot change your own role');
			refuseLastAdministrator(ctx.state, user, 'remove the role of');
			user.role = null;
			return done('User role in account has been removed');
		},
	},
	...membershipRoutes(findUser, userPermission),
];
