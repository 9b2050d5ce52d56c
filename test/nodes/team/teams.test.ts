/** Workflow tests of the Team operations Get Many, Get, Create, Update and Delete. */
import type { Emulator } from '../../emulator';
import * as listSearch from '../../../nodes/shared/listSearch';
import { byId, emulatorCredentials, methodContext, onlyRequest, useEmulator } from '../../harness';
import { asSent, expectedRequest, jsonOf, pairedOf } from '../user/userTestKit';
import { addTeam, presented } from './teamFixtures';
import { runResource } from '../kit';

let emu: Emulator;

useEmulator({ users: 1 }, (started) => {
	emu = started;
});

const runTeam = (operation: string, parameters = {}, options = {}) =>
	runResource(emu, 'team', operation, parameters, options);

describe('Team', () => {
	it('Get Many lists the teams, limited', async () => {
		const teams = [addTeam(emu), addTeam(emu), addTeam(emu)];

		const { items } = await runTeam('getMany', { returnAll: false, limit: 2 });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', '/v1/teams', undefined, { limit: '2' }),
		);
		expect(jsonOf(items)).toEqual(teams.slice(0, 2).map(presented));
		expect(pairedOf(items)).toEqual([{ item: 0 }, { item: 0 }]);
	});

	it('Get returns one team for each input item, paired', async () => {
		const [first, second] = [addTeam(emu), addTeam(emu)];

		const { items } = await runTeam(
			'get',
			{ teamId: byId('={{ $json.teamId }}') },
			{ inputItems: [{ teamId: first.id }, { teamId: second.id }] },
		);

		expect(emu.requestLog.entries.map((entry) => [entry.method, entry.path])).toEqual([
			['GET', `/v1/teams/${first.id}`],
			['GET', `/v1/teams/${second.id}`],
		]);
		expect(jsonOf(items)).toEqual([presented(first), presented(second)]);
		expect(pairedOf(items)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('Create posts name, description and account role and returns the team', async () => {
		const { items, error } = await runTeam('create', {
			name: '  Data Engineering ',
			additionalFields: { description: 'Pipelines', role: 'Account Analyst' },
		});

		expect(error).toBeUndefined();
		const body = { name: 'Data Engineering', description: 'Pipelines', role: 'Account Analyst' };
		expect(onlyRequest(emu)).toEqual(expectedRequest(emu, 'POST', '/v1/teams', body));
		expect(onlyRequest(emu).status).toBe(201);
		const created = [...emu.state.teams.values()].find((team) => team.name === body.name);
		expect(created).toBeDefined();
		expect(jsonOf(items)).toEqual([{ id: created?.id, ...body }]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('Update patches only the added fields', async () => {
		const team = addTeam(emu, { name: 'Old Name' });

		const { items } = await runTeam('update', {
			teamId: byId(team.id),
			updateFields: { name: 'New Name', description: '' },
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'PATCH', `/v1/teams/${team.id}`, { name: 'New Name', description: '' }),
		);
		expect(jsonOf(items)).toEqual([
			{ id: team.id, name: 'New Name', description: '', role: 'Account Reviewer' },
		]);
	});

	it('Delete deletes the team and says so', async () => {
		const team = addTeam(emu);

		const { items } = await runTeam('delete', { teamId: byId(team.id) });

		expect(onlyRequest(emu)).toEqual(expectedRequest(emu, 'DELETE', `/v1/teams/${team.id}`));
		expect(emu.state.teams.has(team.id)).toBe(false);
		expect(jsonOf(items)).toEqual([
			{ success: true, id: team.id, message: `Team with id '${team.id}' has been deleted` },
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('Get Many with Return All returns teams as sent', async () => {
		const { items } = await runTeam('getMany', { returnAll: true });

		expect(onlyRequest(emu).query).toEqual({ limit: '1000' });
		expect(jsonOf(items)).toEqual([...emu.state.teams.values()].map(presented).map(asSent));
	});

	it("searchTeams (the Team locator's list) finds teams by name", async () => {
		const team = addTeam(emu, { name: 'Analytics Guild' });

		const context = methodContext(emulatorCredentials(emu));
		const { results } = await listSearch.searchTeams.call(context, 'analytics');

		expect(results).toEqual([{ name: 'Analytics Guild', value: team.id }]);
		expect(emu.requestLog.entries.map((entry) => entry.path)).toEqual(['/v1/teams']);
	});
});
