/** Teams and team memberships put straight into the emulator's state (the request log stays clean). */
import type { IDataObject } from 'n8n-workflow';

import type { Emulator } from '../../emulator';
import { track } from '../../emulator/pagination';
import type { TeamRecord } from '../../emulator/state';

let teamCounter = 0;

export function addTeam(emu: Emulator, overrides: Partial<TeamRecord> = {}): TeamRecord {
	teamCounter += 1;
	const team: TeamRecord = {
		id: emu.state.newId('team_'),
		name: `Team ${teamCounter}`,
		description: `Fixture team ${teamCounter}`,
		role: 'Account Reviewer',
		users: new Map(),
		groups: new Map(),
		connections: new Map(),
		...overrides,
	};
	emu.state.teams.set(team.id, track(team));
	return team;
}

/** A team as the API presents it. */
export function presented(team: TeamRecord): IDataObject {
	return { id: team.id, name: team.name, description: team.description, role: team.role };
}

export type TeamMembershipKind = 'user' | 'connection' | 'group';

const CREATED_AT = '2025-12-20T00:00:00.000Z';

/** Adds `memberId` to the team's users, connections or groups with `role`; the stored record. */
export function addTeamMember(
	team: TeamRecord,
	kind: TeamMembershipKind,
	memberId: string,
	role: string,
): IDataObject {
	if (kind === 'user') {
		const membership = track({ user_id: memberId, role, created_at: CREATED_AT });
		team.users.set(memberId, membership);
		return membership;
	}
	const membership = track({ id: memberId, role, created_at: CREATED_AT });
	(kind === 'group' ? team.groups : team.connections).set(memberId, membership);
	return membership;
}

export function teamMember(
	team: TeamRecord,
	kind: TeamMembershipKind,
	memberId: string,
): { role: string } | undefined {
	if (kind === 'user') return team.users.get(memberId);
	return (kind === 'group' ? team.groups : team.connections).get(memberId);
}
