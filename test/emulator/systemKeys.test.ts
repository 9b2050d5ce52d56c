import { startEmulator, type Emulator } from './index';
import { call, type Item, type Page } from './testUtils';

let emu: Emulator;
beforeEach(async () => {
	emu = await startEmulator({ seed: { users: 5 } });
});
afterEach(async () => {
	await emu.close();
});

const readUsers = [{ resource_type: 'USER', access_level: 'READ' }];

async function createKey(body: Record<string, unknown>) {
	return await call<Item>(emu, 'POST', '/v1/system-keys', { body });
}

describe('system keys', () => {
	it('creates a key: 201, key and secret returned once, never expiring by default', async () => {
		const { status, body } = await createKey({ name: 'ci_deploy', permissions: readUsers });
		expect(status).toBe(201);
		expect(body.data).toEqual({
			id: expect.any(String),
			name: 'ci_deploy',
			key: expect.stringMatching(/^ft_[A-Za-z0-9]{16}$/),
			secret: expect.stringMatching(/^[0-9a-f]{32}$/),
			permissions: readUsers,
			created_at: '2026-01-01T00:00:00.000Z',
			updated_at: '2026-01-01T00:00:00.000Z',
			expired_at: null,
			last_used_at: null,
		});
		const id = body.data?.id as string;
		const got = await call<Item>(emu, 'GET', `/v1/system-keys/${id}`);
		expect(got.body.data).not.toHaveProperty('secret');
		const listed = await call<Page>(emu, 'GET', '/v1/system-keys');
		expect(listed.body.data?.items.map((item) => [item.id, 'secret' in item])).toEqual([
			[id, false],
		]);
	});

	it.each([
		['ONE_WEEK', '2026-01-08T00:00:00.000Z'],
		['ONE_MONTH', '2026-02-01T00:00:00.000Z'],
		['THREE_MONTHS', '2026-04-01T00:00:00.000Z'],
		['SIX_MONTHS', '2026-07-01T00:00:00.000Z'],
	])('sets expired_at from %s', async (period, expected) => {
		const { body } = await createKey({
			name: 'k',
			expiration_period: period,
			permissions: readUsers,
		});
		expect(body.data?.expired_at).toBe(expected);
	});

	it.each([
		[{ permissions: readUsers }, "'name'"],
		[{ name: '1starts_with_digit', permissions: readUsers }, "'name'"],
		[{ name: 'has-dash', permissions: readUsers }, "'name'"],
		[{ name: 'k' }, "'permissions'"],
		[{ name: 'k', permissions: [] }, "'permissions'"],
		[
			{ name: 'k', permissions: [{ resource_type: 'PROXY', access_level: 'READ' }] },
			'resource_type',
		],
		[{ name: 'k', permissions: [{ resource_type: 'USER', access_level: 'ALL' }] }, 'access_level'],
		[{ name: 'k', permissions: readUsers, expiration_period: 'FOREVER' }, 'expiration_period'],
		[
			{
				name: 'k',
				permissions: [
					{ resource_type: 'USER', access_level: 'READ', resource_filter: { ids: ['a'] } },
				],
			},
			"'resource_filter.ids' is allowed only for DESTINATION and CONNECTOR",
		],
		[
			{
				name: 'k',
				permissions: [
					{
						resource_type: 'DESTINATION',
						access_level: 'READ',
						resource_filter: { group_ids: ['g'] },
					},
				],
			},
			"'resource_filter.group_ids' is allowed only for CONNECTOR and TRANSFORMATION",
		],
	])('refuses invalid input (%#)', async (body, mentioned) => {
		const { status, body: answer } = await createKey(body);
		expect([status, answer.code]).toEqual([400, 'InvalidInput']);
		expect(answer.message).toContain(mentioned);
	});

	it('accepts resource filters where they are allowed', async () => {
		const permissions = [
			{
				resource_type: 'CONNECTOR',
				access_level: 'MANAGE',
				resource_filter: { ids: ['c1'], group_ids: ['g1'] },
			},
			{ resource_type: 'DESTINATION', access_level: 'READ', resource_filter: { ids: ['d1'] } },
			{
				resource_type: 'TRANSFORMATION',
				access_level: 'NONE',
				resource_filter: { group_ids: ['g2'] },
			},
		];
		const { status, body } = await createKey({ name: '_filtered', permissions });
		expect(status).toBe(201);
		expect(body.data?.permissions).toEqual(permissions);
	});

	it('refuses a duplicate name with 409', async () => {
		await createKey({ name: 'same', permissions: readUsers });
		expect((await createKey({ name: 'same', permissions: readUsers })).status).toBe(409);
	});

	it('updates name and permissions without returning the secret', async () => {
		const { body } = await createKey({ name: 'before', permissions: readUsers });
		await emu.clock.advance(1000);
		const manage = [{ resource_type: 'CONNECTOR', access_level: 'MANAGE' }];
		const updated = await call<Item>(emu, 'PATCH', `/v1/system-keys/${body.data?.id as string}`, {
			body: { name: 'after', permissions: manage },
		});
		expect(updated.status).toBe(200);
		expect(updated.body.data).toMatchObject({
			name: 'after',
			permissions: manage,
			updated_at: '2026-01-01T00:00:01.000Z',
		});
		expect(updated.body.data).not.toHaveProperty('secret');
		const empty = await call(emu, 'PATCH', `/v1/system-keys/${body.data?.id as string}`, {
			body: {},
		});
		expect(empty.status).toBe(400);
	});

	it('rotates: new secret, expiry restarted from the (new) period', async () => {
		const { body } = await createKey({
			name: 'r',
			expiration_period: 'ONE_WEEK',
			permissions: readUsers,
		});
		const id = body.data?.id as string;
		await emu.clock.advance(86_400_000);
		const rotated = await call<Item>(emu, 'POST', `/v1/system-keys/${id}/rotate`, {
			body: { expiration_period: 'ONE_MONTH' },
		});
		expect(rotated.status).toBe(200);
		expect(rotated.body.message).toBe(`System key with id '${id}' has been rotated`);
		expect(rotated.body.data?.secret).toMatch(/^[0-9a-f]{32}$/);
		expect(rotated.body.data?.secret).not.toBe(body.data?.secret);
		expect(rotated.body.data?.expired_at).toBe('2026-02-02T00:00:00.000Z');
	});

	it('deletes, then answers NotFound_SystemKey', async () => {
		const { body } = await createKey({ name: 'gone', permissions: readUsers });
		const id = body.data?.id as string;
		const deleted = await call(emu, 'DELETE', `/v1/system-keys/${id}`);
		expect(deleted.body).toEqual({
			code: 'Success',
			message: `System key with id '${id}' has been deleted`,
		});
		for (const [method, path] of [
			['GET', `/v1/system-keys/${id}`],
			['PATCH', `/v1/system-keys/${id}`],
			['POST', `/v1/system-keys/${id}/rotate`],
			['DELETE', `/v1/system-keys/${id}`],
		]) {
			const result = await call(
				emu,
				method,
				path,
				method === 'PATCH' ? { body: { name: 'x' } } : {},
			);
			expect([result.status, result.body.code]).toEqual([404, 'NotFound_SystemKey']);
		}
	});

	it('can be managed only with an administrator user key', async () => {
		const { body } = await createKey({
			name: 'all',
			permissions: [{ resource_type: 'ACCOUNT', access_level: 'MANAGE' }],
		});
		const systemKey = { apiKey: body.data?.key as string, apiSecret: body.data?.secret as string };
		const reviewer = Array.from(emu.state.users.values()).find(
			(user) => user.role !== 'Account Administrator',
		);
		const reviewerKey = emu.createUserKey(reviewer?.id as string);
		for (const as of [systemKey, reviewerKey]) {
			const result = await call(emu, 'GET', '/v1/system-keys', { as });
			expect([result.status, result.body.code]).toEqual([403, 'Forbidden']);
		}
	});
});
