/**
 * User → Offboard: connection, group and team memberships removed, then the user deleted, each
 * step reported; a failing step stops it (the error lists what was done) unless "Continue After
 * Failed Step" is on.
 */
import type { Emulator } from '../../emulator';
import type { UserRecord } from '../../emulator/state';
import { byId, useEmulator } from '../../harness';
import { addTeam, addTeamMember } from '../team/teamFixtures';
import { addMembership, addUser, jsonOf, membershipOf, pairedOf } from './userTestKit';
import { accessCases, describeApiErrors, describeValidation, runnerFor, runResource } from '../kit';

let emu: Emulator;
let connectionIds: string[];
let groupIds: string[];

useEmulator({ users: 1, groups: 2, connections: 2 }, (started) => {
	emu = started;
	connectionIds = [...emu.state.connections.keys()];
	groupIds = [...emu.state.groups.keys()];
});

afterEach(() => emu.faults.clear());

/** A user with both connection and both group memberships, in the second of three teams. */
function userWithMemberships(user: UserRecord = addUser(emu)) {
	for (const id of connectionIds) addMembership(emu, 'connection', user.id, id, 'View Connection');
	for (const id of groupIds) addMembership(emu, 'group', user.id, id, 'View Destination');
	const teams = [addTeam(emu), addTeam(emu), addTeam(emu)];
	addTeamMember(teams[1], 'user', user.id, 'Team Member');
	return { user, teams };
}

/** Every team in the emulator, as the node checks them. */
const allTeamIds = () => [...emu.state.teams.keys()];

const offboard = (userId: string, options = {}, runOptions = {}) =>
	runResource(emu, 'user', 'offboard', { userId: byId(userId), options }, runOptions);

function requestsSeen() {
	return emu.requestLog.entries.map((entry) => `${entry.method} ${entry.path} ${entry.status}`);
}

describe('Offboard', () => {
	it('removes every membership, then deletes the user, and reports each step', async () => {
		const { user, teams } = userWithMemberships();

		const { items, error } = await offboard(user.id);

		expect(error).toBeUndefined();
		expect(requestsSeen()).toEqual([
			`GET /v1/users/${user.id}/connections 200`,
			...connectionIds.map((id) => `DELETE /v1/users/${user.id}/connections/${id} 200`),
			`GET /v1/users/${user.id}/groups 200`,
			...groupIds.map((id) => `DELETE /v1/users/${user.id}/groups/${id} 200`),
			'GET /v1/teams 200',
			...allTeamIds().map((id) => `GET /v1/teams/${id}/users 200`),
			`DELETE /v1/teams/${teams[1].id}/users/${user.id} 200`,
			`DELETE /v1/users/${user.id} 200`,
		]);
		expect(
			emu.requestLog.entries.every(
				(entry) => entry.headers.authorization === `Basic ${emu.apiKey}`,
			),
		).toBe(true);
		expect(emu.state.users.has(user.id)).toBe(false);
		expect(jsonOf(items)).toEqual([
			{
				success: true,
				id: user.id,
				userDeleted: true,
				message: `User '${user.id}' offboarded: memberships removed, then the user was deleted`,
				steps: [
					{
						step: 'removeConnectionMemberships',
						status: 'succeeded',
						removed: connectionIds,
						count: 2,
					},
					{ step: 'removeGroupMemberships', status: 'succeeded', removed: groupIds, count: 2 },
					{
						step: 'removeTeamMemberships',
						status: 'succeeded',
						removed: [teams[1].id],
						count: 1,
						teamsChecked: allTeamIds().length,
					},
					{
						step: 'deleteUser',
						status: 'succeeded',
						message: `User with id '${user.id}' has been deleted`,
					},
				],
			},
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('skips teams when Remove Team Memberships is off', async () => {
		const { user } = userWithMemberships();

		const { items } = await offboard(user.id, { removeTeamMemberships: false });

		expect(requestsSeen().some((request) => request.includes('/v1/teams'))).toBe(false);
		expect(items[0].json.steps).toContainEqual({
			step: 'removeTeamMemberships',
			status: 'skipped',
			reason: 'Option "Remove Team Memberships" is off',
		});
		expect(items[0].json).toMatchObject({ success: true, userDeleted: true });
	});

	it.each([false, true])(
		'stops at a failed removal, the error listing what was done (Continue On Fail %s)',
		async (continueOnFail) => {
			const { user } = userWithMemberships();
			const failing = `/v1/users/${user.id}/groups/${groupIds[1]}`;
			emu.faults.add({ method: 'DELETE', path: failing, kind: 'status', status: 409 });

			const { items, error } = await offboard(user.id, {}, { continueOnFail });

			const message = `Offboarding of user '${user.id}' stopped at "remove group memberships": Fivetran: Internal server error (injected fault) [InternalError]`;
			// The report first, then the transport's advice for the HTTP status.
			const description =
				`Done before the failure: remove connection memberships (removed 2: ${connectionIds.join(', ')}). ` +
				`Failed step: remove group memberships (removed 1: ${groupIds[0]}). The user was not deleted. ` +
				'HTTP 409. The record is in a conflicting state (e.g. already exists or a sync is running). ' +
				`(DELETE ${failing})`;
			if (continueOnFail) {
				expect(error).toBeUndefined();
				expect(jsonOf(items)).toEqual([
					{ error: message, code: 'InternalError', httpCode: '409', description },
				]);
				expect(pairedOf(items)).toEqual([{ item: 0 }]);
			} else {
				expect(items).toEqual([]);
				expect(error?.message).toBe(message);
				expect(error?.description).toBe(description);
				expect(error?.httpCode).toBe('409');
				expect(error?.context?.itemIndex).toBe(0);
			}
			// Nothing after the failing request was sent; the user and that membership remain.
			expect(requestsSeen().at(-1)).toBe(`DELETE ${failing} 409`);
			expect(emu.state.users.has(user.id)).toBe(true);
			expect(membershipOf(emu, 'group', user.id, groupIds[1])).toBeDefined();
		},
	);

	it('with Continue After Failed Step, goes on, deletes the user and lists the failure', async () => {
		const { user, teams } = userWithMemberships();
		const failing = `/v1/users/${user.id}/groups/${groupIds[0]}`;
		emu.faults.add({ method: 'DELETE', path: failing, kind: 'status', status: 409 });

		const { items, error } = await offboard(user.id, { continueAfterFailedStep: true });

		expect(error).toBeUndefined();
		expect(requestsSeen()).toContain(`DELETE ${failing} 409`);
		expect(requestsSeen().at(-1)).toBe(`DELETE /v1/users/${user.id} 200`);
		expect(emu.state.users.has(user.id)).toBe(false);
		const [report] = jsonOf(items);
		expect(report).toMatchObject({ success: false, userDeleted: true });
		expect(report.steps).toEqual([
			expect.objectContaining({ step: 'removeConnectionMemberships', status: 'succeeded' }),
			{
				step: 'removeGroupMemberships',
				status: 'failed',
				removed: [groupIds[1]],
				count: 1,
				failures: [
					{
						id: groupIds[0],
						error: 'Fivetran: Internal server error (injected fault) [InternalError]',
					},
				],
			},
			expect.objectContaining({
				step: 'removeTeamMemberships',
				status: 'succeeded',
				removed: [teams[1].id],
			}),
			expect.objectContaining({ step: 'deleteUser', status: 'succeeded' }),
		]);
	});

	it('reports the removed memberships when the final deletion fails (400)', async () => {
		// The account's only administrator: Fivetran refuses to delete them.
		const admin = emu.state.users.get(emu.adminUserId) as UserRecord;
		addMembership(emu, 'connection', admin.id, connectionIds[0], 'Manage Connection');

		const { error } = await offboard(admin.id, { removeTeamMemberships: false });

		expect(error?.message).toBe(
			`Offboarding of user '${admin.id}' stopped at "delete the user": Fivetran: Cannot delete the last Account Administrator of the account [InvalidInput]`,
		);
		expect(error?.description).toBe(
			`Done before the failure: remove connection memberships (removed 1: ${connectionIds[0]}); ` +
				'remove group memberships (removed 0); remove team memberships (skipped). ' +
				'Failed step: delete the user. The user was not deleted. HTTP 400. Check the values sent to Fivetran. ' +
				`(DELETE /v1/users/${admin.id})`,
		);
		expect(error?.httpCode).toBe('400');
		expect(emu.state.users.has(admin.id)).toBe(true);
	});
});

const adminParameters = () => ({ userId: byId(emu.adminUserId) });
const stoppedAtFirstStep = (message: string) =>
	`Offboarding of user '${emu.adminUserId}' stopped at "remove connection memberships": ${message}`;

describeApiErrors(() => emu, runnerFor('user'), [
	...accessCases(() => emu, 'offboard', adminParameters, 'USER_READ', stoppedAtFirstStep),
	{
		name: '404 for a user that does not exist',
		operation: 'offboard',
		parameters: () => ({ userId: byId('no_such_user') }),
		status: 404,
		code: 'NotFound_User',
		message:
			"Offboarding of user 'no_such_user' stopped at \"remove connection memberships\": Fivetran: User with id 'no_such_user' does not exist. [NotFound_User]",
	},
]);

describeValidation(() => emu, runnerFor('user'), [
	{
		rule: 'Offboard needs a user',
		operation: 'offboard',
		parameters: () => ({ userId: byId('={{ " " }}') }),
		message: "'User' is empty: pick one from the list or enter its ID",
	},
]);
