import { apiClient, startTestEmulator, type ApiCall } from './apiTestClient';
import type { Emulator } from './index';

let emu: Emulator;
let api: ApiCall;

beforeEach(async () => {
	({ emu, api } = await startTestEmulator({ seed: { users: 3 } }));
});

afterEach(async () => {
	await emu.close();
});

async function createGroup(name: string): Promise<string> {
	const { status, body } = await api('POST', '/v1/groups', { name });
	expect(status).toBe(201);
	return body.data?.id as string;
}

function userEmails(): Array<string | null> {
	return [...emu.state.users.values()].map((user) => user.email);
}

describe('groups CRUD', () => {
	it('creates a group (201) and reads it back', async () => {
		const { status, body } = await api('POST', '/v1/groups', { name: 'warehouse' });
		expect(status).toBe(201);
		expect(body).toMatchObject({
			code: 'Success',
			message: 'Group has been created',
			data: { name: 'warehouse' },
		});
		expect(body.data?.created_at).toBe(new Date(emu.clock.now()).toISOString());

		const read = await api('GET', `/v1/groups/${body.data?.id as string}`);
		expect(read).toEqual({ status: 200, body: { code: 'Success', data: body.data } });
	});

	it('requires a name and refuses a duplicate one', async () => {
		expect(await api('POST', '/v1/groups', {})).toMatchObject({
			status: 400,
			body: { code: 'InvalidInput' },
		});
		await createGroup('dup');
		expect(await api('POST', '/v1/groups', { name: 'dup' })).toMatchObject({
			status: 409,
			body: { code: 'Conflict' },
		});
	});

	it('lists groups with cursor pagination', async () => {
		for (const name of ['a', 'b', 'c']) await createGroup(name);
		const first = await api('GET', '/v1/groups?limit=2');
		expect(first.body.data?.items?.map((group) => group.name)).toEqual(['a', 'b']);
		const cursor = first.body.data?.next_cursor as string;
		const second = await api('GET', `/v1/groups?limit=2&cursor=${cursor}`);
		expect(second.body.data?.items?.map((group) => group.name)).toEqual(['c']);
		expect(second.body.data?.next_cursor).toBeUndefined();
	});

	it('renames a group, still refusing duplicates', async () => {
		const id = await createGroup('old');
		await createGroup('taken');
		expect(await api('PATCH', `/v1/groups/${id}`, { name: 'taken' })).toMatchObject({
			status: 409,
		});
		const renamed = await api('PATCH', `/v1/groups/${id}`, { name: 'new' });
		expect(renamed).toMatchObject({ status: 200, body: { data: { id, name: 'new' } } });
	});

	it('answers 404 NotFound_Group for an unknown group', async () => {
		const { status, body } = await api('GET', '/v1/groups/missing_group');
		expect(status).toBe(404);
		expect(body).toEqual({
			code: 'NotFound_Group',
			message: "Group with id 'missing_group' does not exist.",
		});
	});

	it('deletes a group with its destination and memberships, refusing while connections exist', async () => {
		const id = await createGroup('doomed');
		await api('POST', '/v1/destinations', {
			group_id: id,
			service: 'snowflake',
			time_zone_offset: '0',
		});
		await api('POST', `/v1/groups/${id}/users`, {
			email: userEmails()[1],
			role: 'View Destination',
		});
		emu.state.connections.set('conn_x', { id: 'conn_x', group_id: id } as never);
		expect(await api('DELETE', `/v1/groups/${id}`)).toMatchObject({
			status: 409,
			body: { code: 'Conflict' },
		});

		emu.state.connections.delete('conn_x');
		const deleted = await api('DELETE', `/v1/groups/${id}`);
		expect(deleted).toEqual({
			status: 200,
			body: { code: 'Success', message: `Group with id '${id}' has been deleted` },
		});
		expect(emu.state.destinations.has(id)).toBe(false);
		expect(
			[...emu.state.userGroupMemberships.values()].some((memberships) => memberships.has(id)),
		).toBe(false);
	});
});

describe('group users', () => {
	it('adds a user by e-mail (200 with message only) and lists members as users', async () => {
		const id = await createGroup('team');
		const email = userEmails()[1];
		const added = await api('POST', `/v1/groups/${id}/users`, {
			email,
			role: 'Manage Destination',
		});
		expect(added).toEqual({
			status: 200,
			body: { code: 'Success', message: 'User has been added to the group' },
		});

		const list = await api('GET', `/v1/groups/${id}/users`);
		expect(list.body.data?.items).toEqual([
			expect.objectContaining({ email, active: expect.any(Boolean) }),
		]);
		const userId = list.body.data?.items?.[0].id as string;
		expect(emu.state.userGroupMemberships.get(userId)?.get(id)).toMatchObject({
			id,
			role: 'Manage Destination',
		});
	});

	it('validates the e-mail, the role and duplicates', async () => {
		const id = await createGroup('team');
		const email = userEmails()[1];
		expect(
			await api('POST', `/v1/groups/${id}/users`, {
				email: 'nobody@example.com',
				role: 'View Destination',
			}),
		).toMatchObject({ status: 404, body: { code: 'NotFound_User' } });
		expect(
			await api('POST', `/v1/groups/${id}/users`, { email, role: 'Account Reviewer' }),
		).toMatchObject({
			status: 400,
			body: { code: 'InvalidInput' },
		});
		expect(await api('POST', `/v1/groups/${id}/users`, { role: 'View Destination' })).toMatchObject(
			{ status: 400 },
		);
		await api('POST', `/v1/groups/${id}/users`, { email, role: 'View Destination' });
		expect(
			await api('POST', `/v1/groups/${id}/users`, { email, role: 'View Destination' }),
		).toMatchObject({
			status: 409,
		});
	});

	it('filters members by active', async () => {
		const id = await createGroup('team');
		const [, first, second] = [...emu.state.users.values()];
		first.active = true;
		second.active = false;
		for (const user of [first, second]) {
			await api('POST', `/v1/groups/${id}/users`, { email: user.email, role: 'View Destination' });
		}
		const ids = async (query: string) =>
			(await api('GET', `/v1/groups/${id}/users${query}`)).body.data?.items?.map((user) => user.id);
		expect(await ids('')).toEqual([first.id, second.id]);
		expect(await ids('?active=true')).toEqual([first.id]);
		expect(await ids('?active=false')).toEqual([second.id]);
		expect((await api('GET', `/v1/groups/${id}/users?active=maybe`)).status).toBe(400);
	});

	it('removes a member, then answers 404 NotFound', async () => {
		const id = await createGroup('team');
		const user = [...emu.state.users.values()][1];
		await api('POST', `/v1/groups/${id}/users`, { email: user.email, role: 'View Destination' });
		const removed = await api('DELETE', `/v1/groups/${id}/users/${user.id}`);
		expect(removed).toMatchObject({ status: 200, body: { code: 'Success' } });
		expect(await api('DELETE', `/v1/groups/${id}/users/${user.id}`)).toMatchObject({
			status: 404,
			body: { code: 'NotFound' },
		});
	});
});

describe('group public key and service account', () => {
	it('answers stable values per group', async () => {
		const id = await createGroup('keys');
		const key = await api('GET', `/v1/groups/${id}/public-key`);
		expect(key.status).toBe(200);
		expect(key.body.data?.public_key).toMatch(/^ssh-rsa \S+ fivetran user key$/);
		expect((await api('GET', `/v1/groups/${id}/public-key`)).body).toEqual(key.body);
		const account = await api('GET', `/v1/groups/${id}/service-account`);
		expect(account.body.data?.service_account).toMatch(
			/^g-[a-z0-9-]+@fivetran-production\.iam\.gserviceaccount\.com$/,
		);
	});
});

describe('system keys filtered to destinations', () => {
	it('see and touch only their groups', async () => {
		const allowed = await createGroup('allowed');
		const hidden = await createGroup('hidden');
		const key = await api('POST', '/v1/system-keys', {
			name: 'scoped_key',
			permissions: [
				{ resource_type: 'DESTINATION', access_level: 'READ', resource_filter: { ids: [allowed] } },
			],
		});
		expect(key.status).toBe(201);
		const scoped = apiClient(emu, {
			apiKey: key.body.data?.key as string,
			apiSecret: key.body.data?.secret as string,
		});

		const list = await scoped('GET', '/v1/groups');
		expect(list.body.data?.items?.map((group) => group.id)).toEqual([allowed]);
		expect((await scoped('GET', `/v1/groups/${allowed}`)).status).toBe(200);
		expect((await scoped('GET', `/v1/groups/${hidden}`)).status).toBe(403);
		expect((await scoped('PATCH', `/v1/groups/${allowed}`, { name: 'renamed' })).status).toBe(403);
	});
});
