/**
 * A user's connection and group memberships:
 * `GET|POST /v1/users/:userId/{connections|groups}` and
 * `GET|PATCH|DELETE /v1/users/:userId/{connections|groups}/:id`.
 *
 * Both kinds share one implementation and differ only where Fivetran's definition does: PATCH
 * of a connection membership answers the membership as `data`
 * (update_user_membership_in_connection), of a group membership only a message
 * (update_user_membership_in_group, also in 2026-09/users/update_user_membership_in_group.json).
 * Fivetran's Go SDK tests record a message-only answer for the connection kind too
 * (users/user_connection_membership_update_test.go); tests reproduce it with a `noData` fault.
 */
import { requireRole, type RoleScope } from '../catalog/roles';
import { paginate, track } from '../pagination';
import {
	conflict,
	created,
	done,
	isoTime,
	notFound,
	objectBody,
	ok,
	requireString,
} from '../respond';
import type { EmulatorState, MembershipRecord, UserRecord } from '../state';
import { ApiError, type Route, type RouteContext, type RoutePermission } from '../types';

interface MembershipKind {
	/** Resource name in messages and 404 codes. */
	noun: 'Connection' | 'Group';
	segment: 'connections' | 'groups';
	param: 'connectionId' | 'groupId';
	roleScope: RoleScope;
	store: (state: EmulatorState) => Map<string, Map<string, MembershipRecord>>;
	exists: (state: EmulatorState, id: string) => boolean;
	patchReturnsMembership: boolean;
}

const KINDS: MembershipKind[] = [
	{
		noun: 'Connection',
		segment: 'connections',
		param: 'connectionId',
		roleScope: 'CONNECTOR',
		store: (state) => state.userConnectionMemberships,
		exists: (state, id) => state.connections.has(id),
		patchReturnsMembership: true,
	},
	{
		noun: 'Group',
		segment: 'groups',
		param: 'groupId',
		roleScope: 'DESTINATION',
		store: (state) => state.userGroupMemberships,
		exists: (state, id) => state.groups.has(id),
		patchReturnsMembership: false,
	},
];

/** `Connector` instead of `Connection` on legacy `/v1/users/:id/connectors` paths. */
function resourceNoun(kind: MembershipKind, ctx: RouteContext): string {
	return kind.noun === 'Connection' && ctx.legacy ? 'Connector' : kind.noun;
}

export function membershipRoutes(
	findUser: (ctx: RouteContext) => UserRecord,
	permission: (access: RoutePermission['access']) => RoutePermission,
): Route[] {
	return KINDS.flatMap((kind) => {
		const base = `/v1/users/:userId/${kind.segment}`;
		const item = `${base}/:${kind.param}`;

		const membershipsOf = (ctx: RouteContext): Map<string, MembershipRecord> => {
			const user = findUser(ctx);
			const all = kind.store(ctx.state);
			let memberships = all.get(user.id);
			if (!memberships) {
				memberships = new Map();
				all.set(user.id, memberships);
			}
			return memberships;
		};
		const findMembership = (ctx: RouteContext): MembershipRecord => {
			const id = ctx.params[kind.param];
			const membership = membershipsOf(ctx).get(id);
			if (!membership) {
				const noun = resourceNoun(kind, ctx);
				throw new ApiError(
					404,
					`NotFound_${noun}`,
					`User '${ctx.params.userId}' has no membership of ${noun.toLowerCase()} '${id}'`,
				);
			}
			return membership;
		};

		const routes: Route[] = [
			{
				method: 'GET',
				path: base,
				permission: permission('READ'),
				handler: (ctx) => paginate(membershipsOf(ctx), ctx.query),
			},
			{
				method: 'POST',
				path: base,
				permission: permission('MANAGE'),
				handler: (ctx) => {
					const memberships = membershipsOf(ctx);
					const body = objectBody(ctx.body);
					const id = requireString(body, 'id');
					if (!kind.exists(ctx.state, id)) throw notFound(resourceNoun(kind, ctx), id);
					if (memberships.has(id))
						throw conflict(`User already has a membership of ${kind.noun.toLowerCase()} '${id}'`);
					const membership: MembershipRecord = {
						id,
						role: requireRole(ctx.state, body.role, kind.roleScope),
						created_at: isoTime(ctx.now),
					};
					memberships.set(id, track(membership));
					return created(membership, `${kind.noun} membership has been created`);
				},
			},
			{
				method: 'GET',
				path: item,
				permission: permission('READ'),
				handler: (ctx) => ok(findMembership(ctx)),
			},
			{
				method: 'PATCH',
				path: item,
				permission: permission('MANAGE'),
				handler: (ctx) => {
					const membership = findMembership(ctx);
					membership.role = requireRole(ctx.state, objectBody(ctx.body).role, kind.roleScope);
					const message = `${kind.noun} membership has been updated`;
					return kind.patchReturnsMembership ? ok(membership, message) : done(message);
				},
			},
			{
				method: 'DELETE',
				path: item,
				permission: permission('MANAGE'),
				handler: (ctx) => {
					const membership = findMembership(ctx);
					membershipsOf(ctx).delete(membership.id);
					return done(`${kind.noun} membership has been deleted`);
				},
			},
		];
		return routes;
	});
}
