/**
 * Which teams a user belongs to. Fivetran has no "teams of a user" endpoint, so this reads
 * every team's member list: one request per team (more for teams over 1,000 members).
 */
import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequestAllItems } from '../../../../shared/transport';

export interface UserTeams {
	/** How many teams were looked at. */
	teamsChecked: number;
	/** The ids of the teams the user is a member of. */
	teamIds: string[];
}

export async function findTeamsOfUser(
	ctx: IExecuteFunctions,
	userId: string,
	itemIndex: number,
): Promise<UserTeams> {
	const all = { returnAll: true };
	const teams = await fivetranApiRequestAllItems.call(ctx, { path: '/v1/teams', itemIndex }, all);
	const teamIds: string[] = [];
	for (const team of teams) {
		const teamId = String(team.id);
		const path = apiPath`/v1/teams/${teamId}/users`;
		const members = await fivetranApiRequestAllItems.call(ctx, { path, itemIndex }, all);
		if (members.some((member) => member.user_id === userId)) teamIds.push(teamId);
	}
	return { teamsChecked: teams.length, teamIds };
}

/** The path that removes the user from one team. */
export function teamMemberPath(teamId: string, userId: string): string {
	return apiPath`/v1/teams/${teamId}/users/${userId}`;
}
