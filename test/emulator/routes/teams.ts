/**
 * Teams: /v1/teams, the team's account role, and its three membership lists (users,
 * connections, groups). The memberships behave alike, so one table (MEMBERSHIP_KINDS) drives
 * the five routes of each.
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
	optionalString,
	requireString,
} from '../respond';
import type { EmulatorState, TeamRecord } from '../state';
import { requireUniqueName } from './groups';
import { ApiError, type Route, type RouteContext, type RoutePermission } from '../types';

const read: RoutePermission = { resourceType: 'TEAM', access: 'READ' };
const manage: RoutePermission = { resourceType: 'TEAM', access: 'MANAGE' };

function requireTeam(state: EmulatorState, teamId: string): TeamRecord {
	const team = state.teams.get(teamId);
	if (!team) throw notFound('Team', teamId);
	return team;
}

function presentTeam(team: TeamRecord) {
	return { id: team.id, name: team.name, description: team.description, role: team.role };
}

/** An optional account role from the body: absent keeps `current`, null clears it. */
function teamRole(
	ctx: RouteContext,
	body: Record<string, unknown>,
	current: string | null,
): string | null {
	if (body.role === undefined) return current;
	if (body.role === null) return null;
	return requireRole(ctx.state, body.role, 'ACCOUNT');
}

function listTeams(ctx: RouteContext) {
	return paginate([...ctx.state.teams.values()], ctx.query, presentTeam);
}

function createTeam(ctx: RouteContext) {
	const body = objectBody(ctx.body);
	const name = requireString(body, 'name');
	requireUniqueName(ctx.state.teams.values(), 'Team', name);
	const team: TeamRecord = track({
		id: ctx.state.newId(),
		name,
		description: optionalString(body, 'description') ?? null,
		role: teamRole(ctx, body, null),
		users: new Map(),
		groups: new Map(),
		connections: new Map(),
	});
	ctx.state.teams.set(team.id, team);
	return created(presentTeam(team), 'Team has been created');
}

function getTeam(ctx: RouteContext) {
	return ok(presentTeam(requireTeam(ctx.state, ctx.params.teamId)));
}

function updateTeam(ctx: RouteContext) {
	const team = requireTeam(ctx.state, ctx.params.teamId);
	const body = objectBody(ctx.body);
	const name = body.name === undefined ? team.name : requireString(body, 'name');
	requireUniqueName(ctx.state.teams.values(), 'Team', name, team.id);
	const description = optionalString(body, 'description');
	const role = teamRole(ctx, body, team.role);
	team.name = name;
	if (description !== undefined) team.description = description;
	team.role = role;
	return ok(presentTeam(team), 'Team has been updated');
}

function deleteTeam(ctx: RouteContext) {
	const team = requireTeam(ctx.state, ctx.params.teamId);
	ctx.state.teams.delete(team.id);
	return done(`Team with id '${team.id}' has been deleted`);
}

function deleteTeamRole(ctx: RouteContext) {
	requireTeam(ctx.state, ctx.params.teamId).role = null;
	return done('Team role in account has been removed');
}

/** A membership as stored: `user_id` (users) or `id` (connections, groups), role, created_at. */
type TeamMembership = { user_id?: string; id?: string; role: string; created_at: string };

interface MembershipKind {
	/** Path segment and parameter: `/v1/teams/:teamId/<segment>/:<param>`. */
	segment: 'users' | 'connections' | 'groups';
	param: string;
	/** Field of the body and of the record that holds the member's id. */
	idField: 'user_id' | 'id';
	scope: RoleScope;
	/** Role used when the body has none; undefined = `role` is required. */
	defaultRole?: string;
	/** Resource name in messages and 404 codes (legacy `connectors` paths say Connector). */
	noun: (ctx: RouteContext) => string;
	exists: (state: EmulatorState, id: string) => boolean;
	memberships: (team: TeamRecord) => Map<string, TeamMembership>;
}

const MEMBERSHIP_KINDS: MembershipKind[] = [
	{
		segment: 'users',
		param: 'userId',
		idField: 'user_id',
		scope: 'TEAM',
		defaultRole: 'Team Member',
		noun: () => 'User',
		exists: (state, id) => state.users.has(id),
		memberships: (team) => team.users,
	},
	{
		segment: 'connections',
		param: 'connectionId',
		idField: 'id',
		scope: 'CONNECTOR',
		noun: (ctx) => (ctx.legacy ? 'Connector' : 'Connection'),
		exists: (state, id) => state.connections.has(id),
		memberships: (team) => team.connections,
	},
	{
		segment: 'groups',
		param: 'groupId',
		idField: 'id',
		scope: 'DESTINATION',
		noun: () => 'Group',
		exists: (state, id) => state.groups.has(id),
		memberships: (team) => team.groups,
	},
];

function membershipRoutes(kind: MembershipKind): Route[] {
	const collection = `/v1/teams/:teamId/${kind.segment}`;
	const item = `${collection}/:${kind.param}`;

	function requireMembership(ctx: RouteContext): { team: TeamRecord; membership: TeamMembership } {
		const team = requireTeam(ctx.state, ctx.params.teamId);
		const memberId = ctx.params[kind.param];
		const membership = kind.memberships(team).get(memberId);
		if (!membership) {
			throw new ApiError(
				404,
				'NotFound',
				`${kind.noun(ctx)} with id '${memberId}' is not a member of team '${team.id}'`,
			);
		}
		return { team, membership };
	}

	function roleFrom(ctx: RouteContext, body: Record<string, unknown>): string {
		return requireRole(ctx.state, body.role ?? kind.defaultRole, kind.scope);
	}

	function list(ctx: RouteContext) {
		const team = requireTeam(ctx.state, ctx.params.teamId);
		return paginate([...kind.memberships(team).values()], ctx.query);
	}

	function add(ctx: RouteContext) {
		const team = requireTeam(ctx.state, ctx.params.teamId);
		const body = objectBody(ctx.body);
		const memberId = requireString(body, kind.idField);
		const role = roleFrom(ctx, body);
		if (!kind.exists(ctx.state, memberId)) throw notFound(kind.noun(ctx), memberId);
		const memberships = kind.memberships(team);
		if (memberships.has(memberId)) {
			throw conflict(
				`${kind.noun(ctx)} with id '${memberId}' is already a member of team '${team.id}'`,
			);
		}
		const membership = track({
			[kind.idField]: memberId,
			role,
			created_at: isoTime(ctx.now),
		} as TeamMembership);
		memberships.set(memberId, membership);
		return created(membership, `${kind.noun(ctx)} has been added to the team`);
	}

	function get(ctx: RouteContext) {
		return ok(requireMembership(ctx).membership);
	}

	/**
	 * The definition answers the membership as `data` (update_user_membership,
	 * update_team_membership_in_connection, update_team_membership_in_group). Fivetran's Go SDK
	 * tests record `{code, message}` only (teams/team_*_membership_update_test.go); tests
	 * reproduce that answer with a `noData` fault.
	 */
	function update(ctx: RouteContext) {
		const { membership } = requireMembership(ctx);
		const body = objectBody(ctx.body);
		membership.role = requireRole(ctx.state, body.role, kind.scope);
		return ok(membership, `${kind.noun(ctx)} membership has been updated`);
	}

	function remove(ctx: RouteContext) {
		const { team } = requireMembership(ctx);
		const memberId = ctx.params[kind.param];
		kind.memberships(team).delete(memberId);
		return done(`${kind.noun(ctx)} with id '${memberId}' has been removed from the team`);
	}

	return [
		{ method: 'GET', path: collection, handler: list, permission: read },
		{ method: 'POST', path: collection, handler: add, permission: manage },
		{ method: 'GET', path: item, handler: get, permission: read },
		{ method: 'PATCH', path: item, handler: update, permission: manage },
		{ method: 'DELETE', path: item, handler: remove, permission: manage },
	];
}

const TEAM = '/v1/teams/:teamId';

export const routes: Route[] = [
	{ method: 'GET', path: '/v1/teams', handler: listTeams, permission: read },
	{ method: 'POST', path: '/v1/teams', handler: createTeam, permission: manage },
	{ method: 'GET', path: TEAM, handler: getTeam, permission: read },
	{ method: 'PATCH', path: TEAM, handler: updateTeam, permission: manage },
	{ method: 'DELETE', path: TEAM, handler: deleteTeam, permission: manage },
	{ method: 'DELETE', path: `${TEAM}/role`, handler: deleteTeamRole, permission: manage },
	...MEMBERSHIP_KINDS.flatMap(membershipRoutes),
];
