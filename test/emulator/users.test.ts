import { startEmulator, type Emulator } from './index';
import { call, type Item, type Page } from './testUtils';

let emu: Emulator;
let groupId: string;
beforeEach(async () => {
	emu = await startEmulator({ seed: { groups: 1 } });
	groupId = Array.from(emu.state.groups.keys())[0];
});
afterEach(async () => {
	await emu.close();
});

const invite = {
	email: 'ada@example.com',
	given_name: 'Ada',
	family_name: 'Lovelace',
	phone: '+44 1',
	role: 'Account Reviewer',
};

async function invited(): Promise<string> {
	const { body } = await call<Item>(emu, 'POST', '/v1/users', { body: invite });
	return body.data?.id as string;
}

describe('users', () => {
	it('invites a user: 201 with the record', async () => {
		const { status, body } = await call<Item>(emu, 'POST', '/v1/users', { body: invite });
		expect(status).toBe(201);
		expect(body).toMatchObject({ code: 'Success', message: 'User has been created' });
		expect(body.data).toEqual({
			id: expect.any(String),
			email: 'ada@example.com',
			given_name: 'Ada',
			family_name: 'Lovelace',
			verified: false,
			invited: true,
			picture: null,
			phone: '+44 1',
			role: 'Account Reviewer',
			active: true,
			logged_in_at: null,
			created_at: '2026-01-01T00:00:00.000Z',
			user_type: 'REGULAR_USER',
			has_api_key: false,
		});
	});

	it.each([
		[{ ...invite, email: 'not-an-email' }, 'email'],
		[{ ...invite, given_name: undefined }, 'given_name'],
		[{ ...invite, family_name: '' }, 'family_name'],
		[{ ...invite, role: 'Emperor' }, 'role'],
	])('refuses an invite with a bad field (%#)', async (body, field) => {
		const result = await call(emu, 'POST', '/v1/users', { body });
		expect([result.status, result.body.code]).toEqual([400, 'InvalidInput']);
		expect(result.body.message).toContain(field === 'role' ? 'Emperor' : field);
	});

	it('refuses a duplicate e-mail with 409', async () => {
		await invited();
		const { status, body } = await call(emu, 'POST', '/v1/users', {
			body: { ...invite, email: 'ADA@example.com' },
		});
		expect([status, body.code]).toEqual([409, 'Conflict']);
	});

	it('lists with the active filter', async () => {
		const id = await invited();
		const user = emu.state.users.get(id);
		if (user) user.active = false;
		const active = await call<Page>(emu, 'GET', '/v1/users?active=true');
		expect(active.body.data?.items.map((item) => item.id)).toEqual([emu.adminUserId]);
		const inactive = await call<Page>(emu, 'GET', '/v1/users?active=false');
		expect(inactive.body.data?.items.map((item) => item.id)).toEqual([id]);
		expect((await call(emu, 'GET', '/v1/users?active=maybe')).status).toBe(400);
	});

	it('gets a user and answers NotFound_User for an unknown one', async () => {
		const id = await invited();
		expect((await call<Item>(emu, 'GET', `/v1/users/${id}`)).body.data?.email).toBe(
			'ada@example.com',
		);
		const missing = await call(emu, 'GET', '/v1/users/nobody');
		expect(missing.body).toEqual({
			code: 'NotFound_User',
			message: "User with id 'nobody' does not exist.",
		});
		expect(missing.status).toBe(404);
	});

	it('updates fields; explicit null clears phone and picture; absent leaves them', async () => {
		const id = await invited();
		const first = await call<Item>(emu, 'PATCH', `/v1/users/${id}`, {
			body: { given_name: 'Augusta', picture: 'https://p/x.png' },
		});
		expect(first.body.data).toMatchObject({
			given_name: 'Augusta',
			phone: '+44 1',
			picture: 'https://p/x.png',
		});
		const cleared = await call<Item>(emu, 'PATCH', `/v1/users/${id}`, {
			body: { phone: null, picture: null },
		});
		expect(cleared.body.data).toMatchObject({ given_name: 'Augusta', phone: null, picture: null });
		expect((await call(emu, 'PATCH', `/v1/users/${id}`, { body: {} })).status).toBe(400);
		expect((await call(emu, 'PATCH', `/v1/users/${id}`, { body: { phone: 5 } })).status).toBe(400);
	});

	it('refuses changing your own role, and demoting or deleting the last administrator', async () => {
		const own = await call(emu, 'PATCH', `/v1/users/${emu.adminUserId}`, {
			body: { role: 'Account Reviewer' },
		});
		expect([own.status, own.body.code]).toEqual([403, 'Forbidden']);
		const deleted = await call(emu, 'DELETE', `/v1/users/${emu.adminUserId}`);
		expect([deleted.status, deleted.body.code]).toEqual([400, 'InvalidInput']);
		expect(emu.state.users.has(emu.adminUserId)).toBe(true);
	});

	it('deletes a user with their key and memberships', async () => {
		const id = await invited();
		const key = emu.createUserKey(id);
		await call(emu, 'POST', `/v1/users/${id}/groups`, {
			body: { id: groupId, role: 'Manage Destination' },
		});
		const { status, body } = await call(emu, 'DELETE', `/v1/users/${id}`);
		expect([status, body.message]).toEqual([200, `User with id '${id}' has been deleted`]);
		expect(emu.state.userKeys.has(key.apiKey)).toBe(false);
		expect(emu.state.userGroupMemberships.has(id)).toBe(false);
		expect((await call(emu, 'DELETE', `/v1/users/${id}`)).status).toBe(404);
	});

	it('removes the account role but keeps the user', async () => {
		const id = await invited();
		const { status, body } = await call(emu, 'DELETE', `/v1/users/${id}/role`);
		expect([status, body]).toEqual([
			200,
			{ code: 'Success', message: 'User role in account has been removed' },
		]);
		expect(emu.state.users.get(id)?.role).toBeNull();
	});
});

describe('memberships', () => {
	it('manages group memberships with the reference statuses', async () => {
		const id = await invited();
		const path = `/v1/users/${id}/groups`;
		const added = await call<Item>(emu, 'POST', path, {
			body: { id: groupId, role: 'Manage Destination' },
		});
		expect(added.status).toBe(201);
		expect(added.body.data).toEqual({
			id: groupId,
			role: 'Manage Destination',
			created_at: '2026-01-01T00:00:00.000Z',
		});
		expect(
			(await call(emu, 'POST', path, { body: { id: groupId, role: 'Manage Destination' } })).status,
		).toBe(409);
		const listed = await call<Page>(emu, 'GET', path);
		expect(listed.body.data?.items).toEqual([added.body.data]);
		const patched = await call(emu, 'PATCH', `${path}/${groupId}`, {
			body: { role: 'View Destination' },
		});
		expect([patched.status, patched.body.data]).toEqual([200, undefined]);
		expect((await call<Item>(emu, 'GET', `${path}/${groupId}`)).body.data?.role).toBe(
			'View Destination',
		);
		expect((await call(emu, 'DELETE', `${path}/${groupId}`)).status).toBe(200);
		const gone = await call(emu, 'GET', `${path}/${groupId}`);
		expect([gone.status, gone.body.code]).toEqual([404, 'NotFound_Group']);
	});

	it('answers 404 for a missing group or connection, and 400 without a role', async () => {
		const id = await invited();
		const group = await call(emu, 'POST', `/v1/users/${id}/groups`, {
			body: { id: 'nope', role: 'Manage Destination' },
		});
		expect([group.status, group.body.code]).toEqual([404, 'NotFound_Group']);
		const connection = await call(emu, 'POST', `/v1/users/${id}/connections`, {
			body: { id: 'nope', role: 'Manage Connection' },
		});
		expect([connection.status, connection.body.code]).toEqual([404, 'NotFound_Connection']);
		const legacy = await call(emu, 'POST', `/v1/users/${id}/connectors`, {
			body: { id: 'nope', role: 'Manage Connection' },
		});
		expect(legacy.body.code).toBe('NotFound_Connector');
		const noRole = await call(emu, 'POST', `/v1/users/${id}/groups`, { body: { id: groupId } });
		expect([noRole.status, noRole.body.code]).toEqual([400, 'InvalidInput']);
		const noUser = await call(emu, 'GET', '/v1/users/ghost/groups');
		expect(noUser.body.code).toBe('NotFound_User');
	});

	it('manages connection memberships; PATCH returns the membership', async () => {
		const id = await invited();
		const connectionId = 'conn_for_membership';
		emu.state.connections.set(connectionId, { id: connectionId, group_id: groupId } as never);
		const path = `/v1/users/${id}/connections`;
		expect(
			(await call(emu, 'POST', path, { body: { id: connectionId, role: 'Manage Connection' } }))
				.status,
		).toBe(201);
		const patched = await call<Item>(emu, 'PATCH', `${path}/${connectionId}`, {
			body: { role: 'View Connection' },
		});
		expect(patched.body.data).toEqual({
			id: connectionId,
			role: 'View Connection',
			created_at: '2026-01-01T00:00:00.000Z',
		});
		const removed = await call(emu, 'DELETE', `${path}/${connectionId}`);
		expect([removed.status, removed.body.message]).toEqual([
			200,
			'Connection membership has been deleted',
		]);
	});
});
