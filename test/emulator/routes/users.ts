/**
 * Users (spec "User Management"): list, invite, get, update, delete, remove account role,
 * and the user's connection and group memberships (routes built by `membershipRoutes`).
 *
 * Rules: duplicate e-mail 409; a user cannot change their own role (403); the last Account
 * Administrator can be neither deleted nor demoted (400); explicit `null` clears phone/picture.
 */
import { requireRole } from '../catalog/roles';
import { paginate, track } from '../pagination';
import { ACCOUNT_ADMINISTRATOR } from '../permissions';
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
import type { EmulatorState, UserRecord } from '../state';
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

function listUsers(ctx: RouteContext) {
	const active = ctx.query.get('active');
	if (active !== null && active !== 'true' && active !== 'false') {
		throw invalidInput(`Invalid value for 'active': must be true or false`);
	}
	if (active === null) return paginate(ctx.state.users, ctx.query);
	return paginate(
		valuesOf(ctx.state.users).filter((user) => user.active === (active === 'true')),
		ctx.query,
	);
}

function inviteUser(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	const email = requireString(body, 'email');
	if (!EMAIL.test(email))
		throw invalidInput(`Invalid value for 'email': '${email}' is not an e-mail address`);
	const lowerEmail = email.toLowerCase();
	for (const user of ctx.state.users.values()) {
		if (user.email.toLowerCase() === lowerEmail)
			throw conflict(`User with email '${email}' already exists`);
	}
	const user: UserRecord = {
		id: ctx.state.newId(),
		email,
		given_name: requireString(body, 'given_name'),
		family_name: requireString(body, 'family_name'),
		verified: false,
		invited: true,
		picture: nullableString(body, 'picture') ?? null,
		phone: nullableString(body, 'phone') ?? null,
		role:
			body.role === undefined || body.role === null
				? null
				: requireRole(ctx.state, body.role, 'ACCOUNT'),
		active: true,
		logged_in_at: null,
		created_at: isoTime(ctx.now),
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
	state.users.delete(userId);
	state.userConnectionMemberships.delete(userId);
	state.userGroupMemberships.delete(userId);
	for (const [key, userKey] of state.userKeys)
		if (userKey.userId === userId) state.userKeys.delete(key);
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
