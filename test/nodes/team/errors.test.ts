/**
 * Team failures: Fivetran's 401, 403, 404 and 400 with Continue On Fail off and on, and the
 * node's validation, which refuses before anything is sent.
 */
import type { Emulator } from '../../emulator';
import { byId, useEmulator } from '../../harness';
import { addTeam } from './teamFixtures';
import {
	accessCases,
	describeApiErrors,
	describeValidation,
	dotSegmentIdRule,
	emptyIdRule,
	returnAll,
	runnerFor,
} from '../kit';

let emu: Emulator;

useEmulator({ users: 1, connections: 1 }, (started) => {
	emu = started;
});

describeApiErrors(() => emu, runnerFor('team'), [
	...accessCases(() => emu, 'getMany', returnAll, 'TEAM_READ'),
	{
		name: '404 for a team that does not exist',
		operation: 'get',
		parameters: () => ({ teamId: byId('no_such_team') }),
		status: 404,
		code: 'NotFound_Team',
		message: "Fivetran: Team with id 'no_such_team' does not exist. [NotFound_Team]",
	},
	{
		name: '404 for a membership that does not exist',
		operation: 'getMembership',
		parameters: () => ({
			teamId: byId(addTeam(emu).id),
			membershipType: 'user',
			userId: byId('no_such_user'),
		}),
		status: 404,
		code: 'NotFound',
		message: () => expect.stringContaining("User with id 'no_such_user' is not a member") as string,
	},
	{
		name: '400 InvalidInput for a role Fivetran does not know',
		operation: 'create',
		parameters: () => ({ name: 'Mystery', additionalFields: { role: 'Galactic Emperor' } }),
		status: 400,
		code: 'InvalidInput',
		message: "Fivetran: Invalid role 'Galactic Emperor' for scope ACCOUNT [InvalidInput]",
	},
]);

describeValidation(() => emu, runnerFor('team'), [
	emptyIdRule('get', 'teamId', 'Team', '  '),
	dotSegmentIdRule('delete', 'teamId', 'Team', '..'),
	{
		rule: 'Create needs a name',
		operation: 'create',
		parameters: () => ({ name: '={{ "  " }}' }),
		message: "'Name' is empty: enter a value",
	},
	{
		rule: 'Create refuses an added but empty account role',
		operation: 'create',
		parameters: () => ({ name: 'Team', additionalFields: { role: '' } }),
		message: "'Account Role' was added but is empty: choose a role or remove it",
	},
	{
		rule: 'Update needs at least one field',
		operation: 'update',
		parameters: () => ({ teamId: byId('some_team'), updateFields: {} }),
		message: 'Nothing to update: add at least one field under Update Fields',
	},
	{
		rule: 'a membership needs its connection',
		operation: 'removeMembership',
		parameters: () => ({
			teamId: byId('some_team'),
			membershipType: 'connection',
			connectionId: byId('={{ "" }}'),
		}),
		message: "'Connection' is empty: pick one from the list or enter its ID",
	},
	{
		rule: 'Add Membership needs a role',
		operation: 'addMembership',
		parameters: () => ({
			teamId: byId('some_team'),
			membershipType: 'group',
			groupId: byId('some_group'),
			role: '  ',
		}),
		message: "'Role' is empty: enter a value",
	},
	{
		rule: 'Limit must be a whole number of at least 1',
		operation: 'getMemberships',
		parameters: () => ({
			teamId: byId('some_team'),
			membershipType: 'user',
			returnAll: false,
			limit: '={{ 0 }}',
		}),
		message: "'Limit' must be a whole number of at least 1",
	},
]);
