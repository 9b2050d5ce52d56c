/**
 * Workflow tests of every Group operation: each asserts the request the emulator saw (method,
 * path, body, the admin key's Basic header) and the items out (values and pairing).
 */
import type { Emulator } from '../../emulator';
import { addUser } from '../user/userTestKit';
import {
	addGroup,
	asSent,
	byId,
	describeDelete,
	expectedRequest,
	jsonOf,
	onlyRequest,
	pairedOf,
	runAmbiguousDelete,
	useEmulator,
} from './kit';
import { runnerFor } from '../kit';

const runGroup = runnerFor('group');
let emu: Emulator;

useEmulator({ groups: 2 }, (started) => {
	emu = started;
});

describe('Get Many', () => {
	it('lists the groups, each paired with the input item', async () => {
		const { items, error } = await runGroup(emu, 'getMany', { returnAll: true });

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, { method: 'GET', path: '/v1/groups', query: { limit: '1000' } }),
		);
		const groups = [...emu.state.groups.values()].map(asSent);
		expect(jsonOf(items)).toEqual(groups);
		expect(pairedOf(items)).toEqual(groups.map(() => ({ item: 0 })));
	});
});

describe('Get', () => {
	it('gets one group by id', async () => {
		const group = addGroup(emu, 'finance');

		const { items } = await runGroup(emu, 'get', { groupId: byId(group.id) });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, { method: 'GET', path: `/v1/groups/${group.id}` }),
		);
		expect(jsonOf(items)).toEqual([asSent(group)]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('reads the id from a dashboard URL', async () => {
		const group = addGroup(emu);

		const { items } = await runGroup(emu, 'get', {
			groupId: {
				__rl: true,
				mode: 'url',
				value: `https://fivetran.com/dashboard/destinations/${group.id}/setup`,
			},
		});

		expect(onlyRequest(emu).path).toBe(`/v1/groups/${group.id}`);
		expect(jsonOf(items)).toEqual([asSent(group)]);
	});

	it('runs once per input item, each output paired with its item', async () => {
		const first = addGroup(emu);
		const second = addGroup(emu);

		const { items } = await runGroup(
			emu,
			'get',
			{ groupId: byId('={{ $json.id }}') },
			{ inputItems: [{ id: first.id }, { id: second.id }] },
		);

		expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[first.id, { item: 0 }],
			[second.id, { item: 1 }],
		]);
	});
});

describe('Create', () => {
	it('creates a group with the trimmed name', async () => {
		const { items } = await runGroup(emu, 'create', { name: '  marketing_warehouse ' });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'POST',
				path: '/v1/groups',
				body: { name: 'marketing_warehouse' },
				status: 201,
			}),
		);
		const [created] = jsonOf(items);
		expect(created).toEqual({
			id: expect.any(String),
			name: 'marketing_warehouse',
			created_at: '2026-01-01T00:00:00.000Z',
		});
		expect(emu.state.groups.get(String(created.id))?.name).toBe('marketing_warehouse');
	});
});

describe('Rename', () => {
	it('sends the new name and outputs the renamed group', async () => {
		const group = addGroup(emu, 'old_name');

		const { items } = await runGroup(emu, 'update', { groupId: byId(group.id), name: 'new_name' });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'PATCH',
				path: `/v1/groups/${group.id}`,
				body: { name: 'new_name' },
			}),
		);
		expect(jsonOf(items)).toEqual([{ ...asSent(group), name: 'new_name' }]);
	});
});

describeDelete(() => emu, runGroup, {
	label: 'Group',
	add: addGroup,
	collection: 'groups',
	parameter: 'groupId',
});

describe('Users', () => {
	it('Add User adds a user by email with a role', async () => {
		const group = addGroup(emu);
		const user = addUser(emu, { email: 'analyst@example.com' });

		const { items } = await runGroup(emu, 'addUser', {
			groupId: byId(group.id),
			email: ' analyst@example.com ',
			role: 'View Destination',
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'POST',
				path: `/v1/groups/${group.id}/users`,
				body: { email: 'analyst@example.com', role: 'View Destination' },
			}),
		);
		expect(jsonOf(items)).toEqual([
			{
				success: true,
				id: group.id,
				email: 'analyst@example.com',
				role: 'View Destination',
				message: 'User has been added to the group',
			},
		]);
		expect(emu.state.userGroupMemberships.get(user.id)?.get(group.id)?.role).toBe(
			'View Destination',
		);
	});

	it('Get Users lists the members of the group only', async () => {
		const group = addGroup(emu);
		const member = addUser(emu);
		addUser(emu); // not a member
		emu.state.userGroupMemberships.set(
			member.id,
			new Map([[group.id, { id: group.id, role: 'Edit Destination', created_at: '2026-01-01' }]]),
		);

		const { items } = await runGroup(emu, 'getUsers', { groupId: byId(group.id), limit: 10 });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'GET',
				path: `/v1/groups/${group.id}/users`,
				query: { limit: '10' },
			}),
		);
		expect(jsonOf(items)).toEqual([asSent(member)]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('Remove User removes the membership and keeps the user', async () => {
		const group = addGroup(emu);
		const member = addUser(emu);
		emu.state.userGroupMemberships.set(
			member.id,
			new Map([[group.id, { id: group.id, role: 'Edit Destination', created_at: '2026-01-01' }]]),
		);

		const { items } = await runGroup(emu, 'removeUser', {
			groupId: byId(group.id),
			userId: byId(member.id),
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, {
				method: 'DELETE',
				path: `/v1/groups/${group.id}/users/${member.id}`,
			}),
		);
		expect(jsonOf(items)).toEqual([
			{
				success: true,
				id: group.id,
				user_id: member.id,
				message: `User with id '${member.id}' has been removed from the group`,
			},
		]);
		expect(emu.state.userGroupMemberships.get(member.id)?.has(group.id)).toBe(false);
		expect(emu.state.users.has(member.id)).toBe(true);
	});

	it('Remove User retried after an ambiguous failure says the user was already removed', async () => {
		const group = addGroup(emu);
		const member = addUser(emu);
		emu.state.userGroupMemberships.set(
			member.id,
			new Map([[group.id, { id: group.id, role: 'Edit Destination', created_at: '2026-01-01' }]]),
		);
		const path = `/v1/groups/${group.id}/users/${member.id}`;

		const json = await runAmbiguousDelete(
			emu,
			path,
			async () =>
				await runGroup(emu, 'removeUser', { groupId: byId(group.id), userId: byId(member.id) }),
		);

		expect(json).toEqual([
			{
				success: true,
				id: group.id,
				user_id: member.id,
				alreadyDeleted: true,
				message: `User '${member.id}' was already removed from group '${group.id}': an earlier attempt of this request most likely removed them`,
			},
		]);
	});
});

describe('Get Public Key and Get Service Account', () => {
	it('Get Public Key outputs the key with the group it belongs to', async () => {
		const group = addGroup(emu);

		const { items } = await runGroup(emu, 'getPublicKey', { groupId: byId(group.id) });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, { method: 'GET', path: `/v1/groups/${group.id}/public-key` }),
		);
		expect(jsonOf(items)).toEqual([
			{
				group_id: group.id,
				public_key: expect.stringMatching(/^ssh-rsa AAAA\S+ fivetran user key$/),
			},
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('Get Service Account outputs the account with the group it belongs to', async () => {
		const group = addGroup(emu);

		const { items } = await runGroup(emu, 'getServiceAccount', { groupId: byId(group.id) });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, { method: 'GET', path: `/v1/groups/${group.id}/service-account` }),
		);
		expect(jsonOf(items)).toEqual([
			{
				group_id: group.id,
				service_account: `g-${group.id.replace(/_/g, '-')}@fivetran-production.iam.gserviceaccount.com`,
			},
		]);
	});
});
