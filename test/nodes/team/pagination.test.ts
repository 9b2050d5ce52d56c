/** Team Get Many and List Memberships across pages (1,234 teams; 1,100 members of one team). */
import type { Emulator } from '../../emulator';
import { byId, useEmulator } from '../../harness';
import { asSent } from '../user/userTestKit';
import { describePagination } from './paginationSuite';
import { addTeam, addTeamMember, presented } from './teamFixtures';
import type { TeamRecord } from '../../emulator/state';

let emu: Emulator;
let bigTeam: TeamRecord;

useEmulator({}, (started) => {
	emu = started;
	bigTeam = addTeam(emu);
	for (let index = 1; index < 1234; index++) addTeam(emu);
	for (let index = 0; index < 1100; index++) {
		addTeamMember(bigTeam, 'user', `user_${index}`, 'Team Member');
	}
});

describePagination(() => emu, {
	resource: 'team',
	operation: 'getMany',
	path: '/v1/teams',
	expected: () => [...emu.state.teams.values()].map(presented),
});

describePagination(() => emu, {
	resource: 'team',
	operation: 'getMemberships',
	get path() {
		return `/v1/teams/${bigTeam.id}/users`;
	},
	get parameters() {
		return { teamId: byId(bigTeam.id), membershipType: 'user' };
	},
	expected: () => [...bigTeam.users.values()].map(asSent),
});
