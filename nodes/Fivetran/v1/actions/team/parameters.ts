/**
 * Readers for the Team parameters. Each validates what it reads and throws a NodeOperationError
 * naming the parameter (with the item index) before any request is made.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readLocatorId } from '../../helpers/parameters';
import { collectProblems, requireText } from '../../helpers/validation';
import { apiPath } from '../../../../shared/transport';
import type { MembershipReaders } from '../shared/membershipOperations';
import type { TeamMembershipType } from './fields';

export function readTeamId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readLocatorId(ctx, 'teamId', 'Team', itemIndex);
}

/** Per Membership Type: the path segment, the locator and the member id field of the body. */
const MEMBERSHIP_KINDS: Record<
	TeamMembershipType,
	{ segment: string; parameter: string; label: string; bodyIdField: string }
> = {
	user: { segment: 'users', parameter: 'userId', label: 'User', bodyIdField: 'user_id' },
	connection: {
		segment: 'connections',
		parameter: 'connectionId',
		label: 'Connection',
		bodyIdField: 'id',
	},
	group: { segment: 'groups', parameter: 'groupId', label: 'Group', bodyIdField: 'id' },
};

export interface TeamMembershipList {
	teamId: string;
	type: TeamMembershipType;
	/** `/v1/teams/{teamId}/users`, `.../connections` or `.../groups`. */
	listPath: string;
}

export interface TeamMembership extends TeamMembershipList {
	/** The user, connection or group id. */
	memberId: string;
	/** `/v1/teams/{teamId}/users/{userId}` and the like. */
	itemPath: string;
}

/** Team + Membership Type: one membership collection of the team. */
export function readTeamMembershipList(
	ctx: IExecuteFunctions,
	itemIndex: number,
): TeamMembershipList {
	const teamId = readTeamId(ctx, itemIndex);
	const type = ctx.getNodeParameter('membershipType', itemIndex) as TeamMembershipType;
	const { segment } = MEMBERSHIP_KINDS[type];
	return { teamId, type, listPath: apiPath`/v1/teams/${teamId}/${segment}` };
}

/** Team + Membership Type + the user, connection or group: one membership. */
export function readTeamMembership(ctx: IExecuteFunctions, itemIndex: number): TeamMembership {
	const list = readTeamMembershipList(ctx, itemIndex);
	const kind = MEMBERSHIP_KINDS[list.type];
	const memberId = readLocatorId(ctx, kind.parameter, kind.label, itemIndex);
	const itemPath = apiPath`/v1/teams/${list.teamId}/${kind.segment}/${memberId}`;
	return { ...list, memberId, itemPath };
}

/** The membership operations' view of a team's memberships. */
export const teamMemberships: MembershipReaders<TeamMembership> = {
	readList: readTeamMembershipList,
	read: readTeamMembership,
	// Users are named by `user_id`, connections and groups by `id`.
	addBody: (membership, role) => ({
		[MEMBERSHIP_KINDS[membership.type].bodyIdField]: membership.memberId,
		role,
	}),
	owner: (membership) => ({ team_id: membership.teamId }),
};

/**
 * Fivetran's body for Create (`name` given) and Update (`name` only when added). A field that
 * was added must hold a value; the description may be cleared with an empty text.
 */
export function teamBody(fields: IDataObject): { body: IDataObject; problems: string[] } {
	const body: IDataObject = {};
	const problems = collectProblems(
		fields.name === undefined ? undefined : requireText(fields.name, 'Name'),
		fields.role === undefined || !requireText(fields.role, 'Account Role')
			? undefined
			: "'Account Role' was added but is empty: choose a role or remove it",
	);
	if (fields.name !== undefined) body.name = String(fields.name).trim();
	if (fields.description !== undefined) body.description = String(fields.description);
	if (fields.role !== undefined) body.role = String(fields.role).trim();
	return { body, problems };
}
