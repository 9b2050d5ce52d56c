/**
 * Groups: /v1/groups and a group's users, public key and service account.
 *
 * Decision (the reference is silent): DELETE /v1/groups/{id} answers 409 Conflict while the
 * group still has connections, like DELETE /v1/destinations/{id} may; otherwise it removes the
 * group with its destination, group webhooks and every user / team membership of it.
 */
import { requireRole } from '../catalog/roles';
import { paginate, track } from '../pagination';
import { visible } from '../permissions';
import {
	conflict,
	done,
	invalidInput,
	isoTime,
	notFound,
	objectBody,
	ok,
	created,
	requireString,
} from '../respond';
import type { EmulatorState, GroupRecord, MembershipRecord } from '../state';
import { ApiError, type Route, type RouteContext, type RoutePermission } from '../types';

/**
 * Permission of group and destination routes. `groupId` names the path parameter holding the
 * group id, or reads it from the request (create); omitted for account-wide lists.
 */
export function destinationPermission(
	access: RoutePermission['access'],
	groupId?: string | ((ctx: RouteContext) => string | undefined),
): RoutePermission {
	if (groupId === undefined) return { resourceType: 'DESTINATION', access };
	const pick = typeof groupId === 'string' ? (ctx: RouteContext) => ctx.params[groupId] : groupId;
	return {
		resourceType: 'DESTINATION',
		access,
		target: (ctx) => {
			const id = pick(ctx);
			return id === undefined ? undefined : { id, groupId: id };
		},
	};
}

export function requireGroup(state: EmulatorState, groupId: string): GroupRecord {
	const group = state.groups.get(groupId);
	if (!group) throw notFound('Group', groupId);
	return group;
}

function groupHasConnections(state: EmulatorState, groupId: string): boolean {
	for (const connection of state.connections.values()) {
		if (connection.group_id === groupId) return true;
	}
	return false;
}

/** 409 while connections remain: shared by group and destination deletes. */
export function refuseWhileConnectionsExist(
	state: EmulatorState,
	groupId: string,
	what: string,
): void {
	if (groupHasConnections(state, groupId)) {
		throw conflict(`${what} with id '${groupId}' still has connections; delete them first`);
	}
}

/** 409 when another record (not `exceptId`) already has this name; shared with teams. */
export function requireUniqueName(
	records: Iterable<{ id: string; name: string }>,
	label: string,
	name: string,
	exceptId?: string,
): void {
	for (const record of records) {
		if (record.name === name && record.id !== exceptId) {
			throw conflict(`${label} with name '${name}' already exists`);
		}
	}
}

function presentGroup(group: GroupRecord) {
	return { id: group.id, name: group.name, created_at: group.created_at };
}

function membershipsOf(state: EmulatorState, userId: string): Map<string, MembershipRecord> {
	let memberships = state.userGroupMemberships.get(userId);
	if (!memberships) {
		memberships = new Map();
		state.userGroupMemberships.set(userId, memberships);
	}
	return memberships;
}

function removeGroupEverywhere(state: EmulatorState, groupId: string): void {
	state.groups.delete(groupId);
	state.destinations.delete(groupId);
	for (const memberships of state.userGroupMemberships.values()) memberships.delete(groupId);
	for (const team of state.teams.values()) team.groups.delete(groupId);
	for (const [id, webhook] of state.webhooks) {
		if (webhook.group_id === groupId) state.webhooks.delete(id);
	}
}

/** A system key filtered to some destinations lists only those. */
export function visibleGroupIds(ctx: RouteContext): (id: string) => boolean {
	return (id) => visible(ctx, 'DESTINATION', { id, groupId: id });
}

function listGroups(ctx: RouteContext) {
	const isVisible = visibleGroupIds(ctx);
	const groups = [...ctx.state.groups.values()].filter((group) => isVisible(group.id));
	return paginate(groups, ctx.query, presentGroup);
}

function createGroup(ctx: RouteContext) {
	const name = requireString(objectBody(ctx.body), 'name');
	requireUniqueName(ctx.state.groups.values(), 'Group', name);
	const group: GroupRecord = track({ id: ctx.state.newId(), name, created_at: isoTime(ctx.now) });
	ctx.state.groups.set(group.id, group);
	return created(presentGroup(group), 'Group has been created');
}

function getGroup(ctx: RouteContext) {
	return ok(presentGroup(requireGroup(ctx.state, ctx.params.groupId)));
}

function updateGroup(ctx: RouteContext) {
	const group = requireGroup(ctx.state, ctx.params.groupId);
	const body = objectBody(ctx.body);
	if (body.name !== undefined) {
		const name = requireString(body, 'name');
		requireUniqueName(ctx.state.groups.values(), 'Group', name, group.id);
		group.name = name;
	}
	return ok(presentGroup(group), 'Group has been updated');
}

function deleteGroup(ctx: RouteContext) {
	const group = requireGroup(ctx.state, ctx.params.groupId);
	refuseWhileConnectionsExist(ctx.state, group.id, 'Group');
	removeGroupEverywhere(ctx.state, group.id);
	return done(`Group with id '${group.id}' has been deleted`);
}

function parseActiveFilter(query: URLSearchParams): boolean | undefined {
	const raw = query.get('active');
	if (raw === null || raw === '') return undefined;
	if (raw !== 'true' && raw !== 'false')
		throw invalidInput(`Invalid value for 'active': must be true or false`);
	return raw === 'true';
}

function listGroupUsers(ctx: RouteContext) {
	const group = requireGroup(ctx.state, ctx.params.groupId);
	const active = parseActiveFilter(ctx.query);
	const members = [...ctx.state.users.values()].filter(
		(user) =>
			ctx.state.userGroupMemberships.get(user.id)?.has(group.id) === true &&
			(active === undefined || user.active === active),
	);
	return paginate(members, ctx.query);
}

function addGroupUser(ctx: RouteContext) {
	const group = requireGroup(ctx.state, ctx.params.groupId);
	const body = objectBody(ctx.body);
	const email = requireString(body, 'email');
	const role = requireRole(ctx.state, body.role, 'DESTINATION');
	const user = [...ctx.state.users.values()].find((candidate) => candidate.email === email);
	if (!user) throw new ApiError(404, 'NotFound_User', `User with email '${email}' does not exist.`);
	const memberships = membershipsOf(ctx.state, user.id);
	if (memberships.has(group.id)) {
		throw conflict(`User with id '${user.id}' is already a member of group '${group.id}'`);
	}
	memberships.set(group.id, track({ id: group.id, role, created_at: isoTime(ctx.now) }));
	return done('User has been added to the group');
}

function removeGroupUser(ctx: RouteContext) {
	const group = requireGroup(ctx.state, ctx.params.groupId);
	const { userId } = ctx.params;
	if (ctx.state.userGroupMemberships.get(userId)?.delete(group.id) !== true) {
		// Terraform treats a plain `NotFound` here as "already removed".
		throw new ApiError(
			404,
			'NotFound',
			`User with id '${userId}' is not a member of group '${group.id}'`,
		);
	}
	return done(`User with id '${userId}' has been removed from the group`);
}

/** Stable per group, so repeated reads agree (it is what a customer would allow-list). */
function groupPublicKey(ctx: RouteContext) {
	const group = requireGroup(ctx.state, ctx.params.groupId);
	const encoded = Buffer.from(`fivetran-emulator:${group.id}`, 'utf8').toString('base64');
	return ok({ public_key: `ssh-rsa AAAAB3NzaC1yc2E${encoded} fivetran user key` });
}

function groupServiceAccount(ctx: RouteContext) {
	const group = requireGroup(ctx.state, ctx.params.groupId);
	return ok({
		service_account: `g-${group.id.replace(/_/g, '-')}@fivetran-production.iam.gserviceaccount.com`,
	});
}

const GROUP = '/v1/groups/:groupId';
const read = destinationPermission('READ', 'groupId');
const manage = destinationPermission('MANAGE', 'groupId');

export const routes: Route[] = [
	{
		method: 'GET',
		path: '/v1/groups',
		handler: listGroups,
		permission: destinationPermission('READ'),
	},
	{
		method: 'POST',
		path: '/v1/groups',
		handler: createGroup,
		permission: destinationPermission('MANAGE'),
	},
	{ method: 'GET', path: GROUP, handler: getGroup, permission: read },
	{ method: 'PATCH', path: GROUP, handler: updateGroup, permission: manage },
	{ method: 'DELETE', path: GROUP, handler: deleteGroup, permission: manage },
	{ method: 'GET', path: `${GROUP}/users`, handler: listGroupUsers, permission: read },
	{ method: 'POST', path: `${GROUP}/users`, handler: addGroupUser, permission: manage },
	{
		method: 'DELETE',
		path: `${GROUP}/users/:userId`,
		handler: removeGroupUser,
		permission: manage,
	},
	{ method: 'GET', path: `${GROUP}/public-key`, handler: groupPublicKey, permission: read },
	{
		method: 'GET',
		path: `${GROUP}/service-account`,
		handler: groupServiceAccount,
		permission: read,
	},
];
