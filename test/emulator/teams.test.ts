import { startTestEmulator, type ApiCall } from './apiTestClient';
import type { Emulator } from './index';

let emu: Emulator;
let api: ApiCall;

beforeEach(async () => {
	({ emu, api } = await startTestEmulator({ seed: { users: 2, groups: 1 } }));
});

afterEach(async () => {
	await emu.close();
});

async function createTeam(body: Record<string, unknown> = {}): Promise<string> {
	const created = await api('POST', '/v1/teams', { name: 'analytics', ...body });
	expect(created.status).toBe(201);
	return created.body.data?.id as string;
}

describe('teams', () => {
	it('creates a team (201) and reads it back', async () => {
		const created = await api('POST', '/v1/teams', {
			name: 'analytics',
			description: 'BI',
			role: 'Account Reviewer',
		});
		expect(created).toMatchObject({
			status: 201,
			body: {
				code: 'Success',
				message: 'Team has been created',
				data: { name: 'analytics', description: 'BI', role: 'Account Reviewer' },
			},
		});
		const id = created.body.data?.id as string;
		expect((await api('GET', `/v1/teams/${id}`)).body.data).toEqual(created.body.data);
		expect((await api('GET', '/v1/teams')).body.data?.items).toEqual([created.body.data]);
	});

	it('validates name, duplicates and the account role', async () => {
		expect(await api('POST', '/v1/teams', {})).toMatchObject({
			status: 400,
			body: { code: 'InvalidInput' },
		});
		expect(await api('POST', '/v1/teams', { name: 'x', role: 'Team Member' })).toMatchObject({
			status: 400,
		});
		await createTeam();
		expect(await api('POST', '/v1/teams', { name: 'analytics' })).toMatchObject({ status: 409 });
	});

	it('updates, removes the role, and deletes a team', async () => {
		const id = await createTeam({ role: 'Account Reviewer' });
		const updated = await api('PATCH', `/v1/teams/${id}`, {
			description: 'new',
			role: 'Account Analyst',
		});
		expect(updated).toMatchObject({
			status: 200,
			body: {
				message: 'Team has been updated',
				data: { name: 'analytics', description: 'new', role: 'Account Analyst' },
			},
		});
		expect(await api('DELETE', `/v1/teams/${id}/role`)).toEqual({
			status: 200,
			body: { code: 'Success', message: 'Team role in account has been removed' },
		});
		expect((await api('GET', `/v1/teams/${id}`)).body.data?.role).toBeNull();
		expect(await api('DELETE', `/v1/teams/${id}`)).toMatchObject({ status: 200 });
		expect(await api('GET', `/v1/teams/${id}`)).toMatchObject({
			status: 404,
			body: { code: 'NotFound_Team' },
		});
	});
});

describe('team memberships', () => {
	let teamId: string;

	beforeEach(async () => {
		teamId = await createTeam();
		emu.state.connections.set('conn_1', { id: 'conn_1', group_id: 'g' } as never);
	});

	function userId(): string {
		return [...emu.state.users.keys()][1];
	}

	function groupId(): string {
		return [...emu.state.groups.keys()][0];
	}

	it('adds a user with the default role Team Member (201)', async () => {
		const added = await api('POST', `/v1/teams/${teamId}/users`, { user_id: userId() });
		expect(added).toMatchObject({
			status: 201,
			body: {
				code: 'Success',
				data: { user_id: userId(), role: 'Team Member', created_at: expect.any(String) },
			},
		});
	});

	it.each([
		['users', () => ({ user_id: userId(), role: 'Team Manager' }), 'Team Member', 'user_id'],
		['connections', () => ({ id: 'conn_1', role: 'View Connection' }), 'Manage Connection', 'id'],
		['groups', () => ({ id: groupId(), role: 'View Destination' }), 'Manage Destination', 'id'],
	])('manages %s: add, list, get, update, remove', async (segment, body, newRole, idField) => {
		const membership = body();
		const memberId = membership[idField as keyof typeof membership] as string;
		const collection = `/v1/teams/${teamId}/${segment}`;

		const added = await api('POST', collection, membership);
		expect(added).toMatchObject({ status: 201, body: { data: membership } });
		expect((await api('GET', collection)).body.data?.items).toEqual([added.body.data]);
		expect((await api('GET', `${collection}/${memberId}`)).body.data).toEqual(added.body.data);
		expect(await api('POST', collection, membership)).toMatchObject({ status: 409 });

		const updated = await api('PATCH', `${collection}/${memberId}`, { role: newRole });
		expect(updated).toMatchObject({ status: 200, body: { data: { role: newRole } } });
		expect(
			(await api('PATCH', `${collection}/${memberId}`, { role: 'Account Billing' })).status,
		).toBe(400);

		expect(await api('DELETE', `${collection}/${memberId}`)).toMatchObject({
			status: 200,
			body: { code: 'Success' },
		});
		expect(await api('GET', `${collection}/${memberId}`)).toMatchObject({
			status: 404,
			body: { code: 'NotFound' },
		});
	});

	it.each([
		['users', { user_id: 'ghost' }, 'NotFound_User'],
		['connections', { id: 'ghost', role: 'View Connection' }, 'NotFound_Connection'],
		['groups', { id: 'ghost', role: 'View Destination' }, 'NotFound_Group'],
	])('answers 404 for an unknown member of %s', async (segment, body, code) => {
		expect(await api('POST', `/v1/teams/${teamId}/${segment}`, body)).toMatchObject({
			status: 404,
			body: { code },
		});
	});

	it('requires the role of connection and group memberships, and checks its scope', async () => {
		expect((await api('POST', `/v1/teams/${teamId}/connections`, { id: 'conn_1' })).status).toBe(
			400,
		);
		expect(
			(await api('POST', `/v1/teams/${teamId}/groups`, { id: groupId(), role: 'View Connection' }))
				.status,
		).toBe(400);
		expect(
			(await api('POST', `/v1/teams/${teamId}/groups`, { role: 'View Destination' })).status,
		).toBe(400);
	});

	it('answers NotFound_Team for memberships of an unknown team', async () => {
		expect(await api('GET', '/v1/teams/ghost/users')).toMatchObject({
			status: 404,
			body: { code: 'NotFound_Team' },
		});
	});
});
