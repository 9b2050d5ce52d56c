/**
 * Workflow tests of the User operations on the user itself: Get, Get Many, Invite, Update,
 * Delete, Remove Account Role. Each asserts the request the emulator saw and the items out.
 */
import type { Emulator } from '../../emulator';
import { useFakeTransportTime } from '../../harness/fakeTime';
import { byId, onlyRequest, useEmulator } from '../../harness';
import { addUser, asSent, expectedRequest, jsonOf, pairedOf, runUser } from './userTestKit';

let emu: Emulator;

useEmulator({ users: 0 }, (started) => {
	emu = started;
});

describe('Get', () => {
	it('gets one user by id, paired with its input item', async () => {
		const user = addUser(emu, { phone: '+15550100' });

		const { items, error } = await runUser(emu, 'get', { userId: byId(user.id) });

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual(expectedRequest(emu, 'GET', `/v1/users/${user.id}`));
		expect(jsonOf(items)).toEqual([asSent(user)]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('runs once per input item, each output paired with its item', async () => {
		const first = addUser(emu);
		const second = addUser(emu);

		const { items } = await runUser(
			emu,
			'get',
			{ userId: byId('={{ $json.id }}') },
			{ inputItems: [{ id: first.id }, { id: second.id }] },
		);

		expect(emu.requestLog.entries.map((entry) => entry.path).sort()).toEqual(
			[`/v1/users/${first.id}`, `/v1/users/${second.id}`].sort(),
		);
		expect(items.map((item) => [item.json.id, item.pairedItem])).toEqual([
			[first.id, { item: 0 }],
			[second.id, { item: 1 }],
		]);
	});

	it('encodes an id with URL characters into one path segment', async () => {
		const { error } = await runUser(
			emu,
			'get',
			{ userId: byId('a/b?c') },
			{ continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).path).toBe('/v1/users/a%2Fb%3Fc');
	});
});

describe('Get Many', () => {
	// The emulator started with the admin only; these add one active and one inactive user.
	let active: ReturnType<typeof addUser>;
	let inactive: ReturnType<typeof addUser>;

	beforeAll(() => {
		active = addUser(emu, { email: 'active.many@example.com' });
		inactive = addUser(emu, { email: 'inactive.many@example.com', active: false });
	});

	function allUsers() {
		return Array.from(emu.state.users.values()).map(asSent);
	}

	it('returns every user with Return All, all paired with the one input item', async () => {
		const { items } = await runUser(emu, 'getMany', { returnAll: true, status: 'all' });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', '/v1/users', undefined, { limit: '1000' }),
		);
		expect(jsonOf(items)).toEqual(allUsers());
		expect(new Set(items.map((item) => JSON.stringify(item.pairedItem)))).toEqual(
			new Set([JSON.stringify({ item: 0 })]),
		);
		expect(jsonOf(items).map((user) => user.email)).toEqual(
			expect.arrayContaining([active.email, inactive.email]),
		);
	});

	it('asks Fivetran for active users only', async () => {
		const { items } = await runUser(emu, 'getMany', { returnAll: true, status: 'active' });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', '/v1/users', undefined, { active: 'true', limit: '1000' }),
		);
		expect(jsonOf(items)).toEqual(allUsers().filter((user) => user.active === true));
	});

	it('filters inactive users itself, sending no active filter', async () => {
		const { items } = await runUser(emu, 'getMany', {
			returnAll: false,
			limit: 5,
			status: 'inactive',
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', '/v1/users', undefined, { limit: '1000' }),
		);
		expect(jsonOf(items)).toEqual([asSent(inactive)]);
	});

	it('returns at most Limit users', async () => {
		const { items } = await runUser(emu, 'getMany', { returnAll: false, limit: 2 });

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', '/v1/users', undefined, { limit: '2' }),
		);
		expect(jsonOf(items)).toEqual(allUsers().slice(0, 2));
	});
});

describe('Invite', () => {
	it('posts the invite with the optional fields and returns the new user', async () => {
		const { items, error } = await runUser(emu, 'invite', {
			email: 'grace@example.com',
			givenName: 'Grace',
			familyName: 'Hopper',
			additionalFields: {
				phone: '+15550123',
				picture: 'https://example.com/g.png',
				role: 'Account Analyst',
			},
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'POST', '/v1/users', {
				email: 'grace@example.com',
				given_name: 'Grace',
				family_name: 'Hopper',
				phone: '+15550123',
				picture: 'https://example.com/g.png',
				role: 'Account Analyst',
			}),
		);
		expect(items).toHaveLength(1);
		const invited = items[0].json;
		expect(invited).toEqual(asSent(emu.state.users.get(String(invited.id))));
		expect(invited).toMatchObject({
			email: 'grace@example.com',
			invited: true,
			role: 'Account Analyst',
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	it('sends only the required fields when no additional field is set', async () => {
		await runUser(emu, 'invite', {
			email: 'alan@example.com',
			givenName: 'Alan',
			familyName: 'Turing',
		});

		expect(onlyRequest(emu).body).toEqual({
			email: 'alan@example.com',
			given_name: 'Alan',
			family_name: 'Turing',
		});
	});
});

describe('Update', () => {
	it('patches only the fields that were added', async () => {
		const user = addUser(emu, { phone: '+15550000' });

		const { items } = await runUser(emu, 'update', {
			userId: byId(user.id),
			updateFields: { givenName: 'Augusta', role: 'Account Analyst' },
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'PATCH', `/v1/users/${user.id}`, {
				given_name: 'Augusta',
				role: 'Account Analyst',
			}),
		);
		expect(jsonOf(items)).toEqual([asSent(emu.state.users.get(user.id))]);
		expect(items[0].json).toMatchObject({
			given_name: 'Augusta',
			role: 'Account Analyst',
			phone: '+15550000',
		});
	});

	it('clears phone and picture with JSON null', async () => {
		const user = addUser(emu, { phone: '+15550000', picture: 'https://example.com/p.png' });

		const { items } = await runUser(emu, 'update', {
			userId: byId(user.id),
			updateFields: { clearFields: ['phone', 'picture'] },
		});

		expect(onlyRequest(emu).body).toEqual({ phone: null, picture: null });
		expect(items[0].json).toMatchObject({ id: user.id, phone: null, picture: null });
	});

	// Issue 16, item 11: an expression giving text or null failed with
	// "clearFields.filter is not a function".
	it.each([
		['a comma-separated text', '={{ "phone, Picture" }}', { phone: null, picture: null }],
		['one name as text', '={{ "picture" }}', { picture: null }],
		['a list', '={{ ["phone"] }}', { phone: null }],
	])('clears the fields given by an expression as %s', async (_label, clearFields, body) => {
		const user = addUser(emu, { phone: '+15550000', picture: 'https://example.com/p.png' });

		const { error } = await runUser(emu, 'update', {
			userId: byId(user.id),
			updateFields: { clearFields },
		});

		expect(error).toBeUndefined();
		expect(onlyRequest(emu).body).toEqual(body);
	});

	it.each([
		['null', '={{ null }}', "'Clear Fields' must be a list of field names, not null"],
		['a number', '={{ 3 }}', "'Clear Fields' must be a list of field names, not number"],
		[
			'an object',
			'={{ { phone: true } }}',
			"'Clear Fields' must be a list of field names, not object",
		],
		['an unknown name', '={{ "phone, email" }}', "'Clear Fields' has an unknown field 'email'"],
	])(
		'refuses %s from an expression, naming the field, before any request',
		async (_label, clearFields, message) => {
			const user = addUser(emu);

			const { error } = await runUser(emu, 'update', {
				userId: byId(user.id),
				updateFields: { clearFields },
			});

			expect(error?.message).toBe(
				`${message}: use a list or a comma-separated text of phone, picture`,
			);
			expect(error?.context?.itemIndex).toBe(0);
			expect(emu.requestLog.entries).toHaveLength(0);
		},
	);
});

describe('Delete', () => {
	it('deletes the user and says so', async () => {
		const user = addUser(emu);

		const { items } = await runUser(emu, 'delete', { userId: byId(user.id) });

		expect(onlyRequest(emu)).toEqual(expectedRequest(emu, 'DELETE', `/v1/users/${user.id}`));
		expect(jsonOf(items)).toEqual([
			{ success: true, id: user.id, message: `User with id '${user.id}' has been deleted` },
		]);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
		expect(emu.state.users.has(user.id)).toBe(false);
	});
});

describe('Delete after an ambiguous failure', () => {
	it('counts a retried DELETE that now answers 404 as done, and says so', async () => {
		const user = addUser(emu);
		// The first DELETE deletes, then its answer is lost (503); the retry finds nothing.
		emu.faults.add({
			kind: 'status',
			status: 503,
			when: 'after',
			method: 'DELETE',
			path: `/v1/users/${user.id}`,
		});
		const time = useFakeTransportTime();
		try {
			const { items, error } = await runUser(emu, 'delete', { userId: byId(user.id) });

			expect(error).toBeUndefined();
			expect(
				emu.requestLog.entries.map((entry) => [entry.method, entry.path, entry.status]),
			).toEqual([
				['DELETE', `/v1/users/${user.id}`, 503],
				['DELETE', `/v1/users/${user.id}`, 404],
			]);
			expect(jsonOf(items)).toEqual([
				{
					success: true,
					id: user.id,
					alreadyDeleted: true,
					message: `'${user.id}' was already gone: an earlier attempt of this request most likely removed it`,
				},
			]);
			expect(time.sleeps).toHaveLength(1);
		} finally {
			time.restore();
		}
	});
});

describe('Remove Account Role', () => {
	it('removes the account role and keeps the user', async () => {
		const user = addUser(emu, { role: 'Account Analyst' });

		const { items } = await runUser(emu, 'removeAccountRole', { userId: byId(user.id) });

		expect(onlyRequest(emu)).toEqual(expectedRequest(emu, 'DELETE', `/v1/users/${user.id}/role`));
		expect(jsonOf(items)).toEqual([
			{ success: true, id: user.id, message: 'User role in account has been removed' },
		]);
		expect(emu.state.users.get(user.id)?.role).toBeNull();
	});
});
