/**
 * Service accounts and user API keys as Fivetran's September 2026 definition states them
 * (2026-09/users/create_user.json, list_all_users.json and the five *_api_key* files).
 */
import { startEmulator, type Emulator } from './index';
import { call, type Credentials, type Item, type Page } from './testUtils';

const DAY = 86_400_000;
let emu: Emulator;

beforeEach(async () => {
	emu = await startEmulator({ seed: { users: 2, systemKeys: 1 } });
});
afterEach(async () => {
	await emu.close();
});

async function createServiceAccount(as?: Credentials): Promise<Item> {
	const { status, body } = await call<Item>(emu, 'POST', '/v1/users', {
		body: { given_name: 'CI', family_name: 'Robot', user_type: 'SERVICE_ACCOUNT' },
		as,
	});
	expect(status).toBe(201);
	return body.data as Item;
}

async function createKey(userId: string, body: unknown = {}): Promise<Credentials> {
	const { status, body: answer } = await call<Item>(emu, 'POST', `/v1/users/${userId}/api-keys`, {
		body,
	});
	expect(status).toBe(201);
	return { apiKey: answer.data?.key_value as string, apiSecret: answer.data?.key_secret as string };
}

const whoAmI = (as: Credentials) => call(emu, 'GET', '/v1/users', { as });

describe('service accounts', () => {
	it('are created at once, without an invitation or an e-mail', async () => {
		const account = await createServiceAccount();
		expect(account).toMatchObject({
			email: null,
			invited: false,
			user_type: 'SERVICE_ACCOUNT',
			has_api_key: false,
		});
	});

	it('still need an e-mail for a regular user, and refuse an unknown user_type', async () => {
		const noEmail = await call(emu, 'POST', '/v1/users', {
			body: { given_name: 'A', family_name: 'B' },
		});
		expect([noEmail.status, noEmail.body.code]).toEqual([400, 'InvalidInput']);
		const badType = await call(emu, 'POST', '/v1/users', {
			body: { given_name: 'A', family_name: 'B', email: 'a@b.co', user_type: 'ROBOT' },
		});
		expect(badType.status).toBe(400);
	});

	it('cannot create another service account', async () => {
		const account = await createServiceAccount();
		const key = await createKey(account.id as string);
		const refused = await call(emu, 'POST', '/v1/users', {
			body: { given_name: 'CI', family_name: 'Two', user_type: 'SERVICE_ACCOUNT' },
			as: key,
		});
		expect([refused.status, refused.body.code]).toEqual([403, 'Forbidden']);
	});

	it('list_all_users filters by user_type and has_api_key', async () => {
		const account = await createServiceAccount();
		const ids = async (query: string) =>
			(await call<Page>(emu, 'GET', `/v1/users?${query}`)).body.data?.items.map((u) => u.id);
		expect(await ids('user_type=SERVICE_ACCOUNT')).toEqual([account.id]);
		expect(await ids('user_type=REGULAR_USER')).not.toContain(account.id);
		expect(await ids('has_api_key=true')).toEqual([emu.adminUserId]);
		await createKey(account.id as string);
		expect(await ids('has_api_key=true&user_type=SERVICE_ACCOUNT')).toEqual([account.id]);
		expect((await call(emu, 'GET', '/v1/users?has_api_key=yes')).status).toBe(400);
		expect((await call(emu, 'GET', '/v1/users?user_type=ROBOT')).status).toBe(400);
	});
});

describe('user API keys', () => {
	it('creates a key whose secret is shown once, then gets and lists it without it', async () => {
		const account = await createServiceAccount();
		const created = await call<Item>(emu, 'POST', `/v1/users/${account.id}/api-keys`, {
			body: { expiration_period_days: 30 },
		});
		expect(created.status).toBe(201);
		expect(created.body.data).toEqual({
			key_value: expect.any(String),
			key_secret: expect.any(String),
			key_status: 'ACTIVE',
			created_at: '2026-01-01T00:00:00.000Z',
			expires_at: '2026-01-31T00:00:00.000Z',
		});
		const key = created.body.data as Item;
		const got = await call<Item>(emu, 'GET', `/v1/users/${account.id}/api-keys`);
		expect(got.body.data).toEqual({
			user_id: account.id,
			user_type: 'SERVICE_ACCOUNT',
			key_value: key.key_value,
			created_at: key.created_at,
			key_status: 'ACTIVE',
			expires_at: key.expires_at,
		});
		const listed = await call<Page>(emu, 'GET', '/v1/users/api-keys?user_type=SERVICE_ACCOUNT');
		expect(listed.body.data?.items).toEqual([got.body.data]);
		const all = await call<Page>(emu, 'GET', '/v1/users/api-keys');
		expect(all.body.data?.items.map((item) => item.user_type)).toEqual([
			'REGULAR_USER',
			'SERVICE_ACCOUNT',
		]);
		expect(
			(await whoAmI({ apiKey: key.key_value as string, apiSecret: key.key_secret as string }))
				.status,
		).toBe(200);
	});

	it('defaults to 90 days and refuses more than 365, a second key and an unknown user', async () => {
		const account = await createServiceAccount();
		const tooLong = await call(emu, 'POST', `/v1/users/${account.id}/api-keys`, {
			body: { expiration_period_days: 366 },
		});
		expect([tooLong.status, tooLong.body.code]).toEqual([400, 'InvalidInput']);
		const created = await call<Item>(emu, 'POST', `/v1/users/${account.id}/api-keys`);
		expect(created.body.data?.expires_at).toBe('2026-04-01T00:00:00.000Z');
		const again = await call(emu, 'POST', `/v1/users/${account.id}/api-keys`);
		expect(again.status).toBe(409);
		expect((await call(emu, 'POST', '/v1/users/nobody/api-keys')).status).toBe(404);
		expect((await call(emu, 'GET', `/v1/users/${emu.adminUserId}/api-keys`)).status).toBe(200);
	});

	it('lets only a regular user create, rotate or delete keys', async () => {
		const account = await createServiceAccount();
		const serviceKey = await createKey(account.id as string);
		const [systemKey] = emu.state.systemKeys.values();
		emu.state.systemKeys.set(systemKey.id, {
			...systemKey,
			permissions: [{ resource_type: 'USER', access_level: 'MANAGE' }],
		});
		const asSystemKey = { apiKey: systemKey.key, apiSecret: systemKey.secret };
		for (const as of [serviceKey, asSystemKey]) {
			for (const [method, path] of [
				['POST', `/v1/users/${account.id}/api-keys/rotate`],
				['DELETE', `/v1/users/${account.id}/api-keys`],
				['POST', `/v1/users/${emu.adminUserId}/api-keys`],
			]) {
				const refused = await call(emu, method, path, { as });
				expect([method, path, refused.status, refused.body.code]).toEqual([
					method,
					path,
					403,
					'Forbidden',
				]);
			}
		}
		expect(
			(await call(emu, 'GET', `/v1/users/${account.id}/api-keys`, { as: asSystemKey })).status,
		).toBe(200);
	});

	it('rotates: both secrets work during the overlap, only the new one after it', async () => {
		const account = await createServiceAccount();
		const old = await createKey(account.id as string, { expiration_period_days: 365 });
		const tooLong = await call(emu, 'POST', `/v1/users/${account.id}/api-keys/rotate`, {
			body: { overlap_days: 31 },
		});
		expect([tooLong.status, tooLong.body.code]).toEqual([400, 'InvalidInput']);

		const rotated = await call<Item>(emu, 'POST', `/v1/users/${account.id}/api-keys/rotate`, {
			body: { expiration_period_days: 60, overlap_days: 2 },
		});
		expect(rotated.status).toBe(200);
		expect(rotated.body.data).toEqual({
			key_value: old.apiKey,
			key_secret: expect.any(String),
			key_status: 'ACTIVE_GRACE',
			expires_at: '2026-03-02T00:00:00.000Z',
			overlap_expires_at: '2026-01-03T00:00:00.000Z',
			last_rotated_at: '2026-01-01T00:00:00.000Z',
		});
		const fresh = { apiKey: old.apiKey, apiSecret: rotated.body.data?.key_secret as string };
		expect(fresh.apiSecret).not.toBe(old.apiSecret);
		expect((await whoAmI(old)).status).toBe(200);
		expect((await whoAmI(fresh)).status).toBe(200);

		await emu.clock.advance(2 * DAY - 1);
		expect((await whoAmI(old)).status).toBe(200);
		await emu.clock.advance(1);
		expect((await whoAmI(old)).status).toBe(401);
		expect((await whoAmI(fresh)).status).toBe(200);
		const got = await call<Item>(emu, 'GET', `/v1/users/${account.id}/api-keys`);
		expect(got.body.data).toMatchObject({
			key_status: 'ACTIVE',
			last_rotated_at: '2026-01-01T00:00:00.000Z',
		});
		expect(got.body.data).not.toHaveProperty('overlap_expires_at');
	});

	it('rotates without overlap: the old secret stops at once', async () => {
		const account = await createServiceAccount();
		const old = await createKey(account.id as string);
		const rotated = await call<Item>(emu, 'POST', `/v1/users/${account.id}/api-keys/rotate`);
		expect(rotated.body.data).toMatchObject({
			key_status: 'ACTIVE',
			expires_at: '2026-04-01T00:00:00.000Z',
		});
		expect(rotated.body.data).not.toHaveProperty('overlap_expires_at');
		expect((await whoAmI(old)).status).toBe(401);
	});

	it('expires a key: refused, listed as EXPIRED', async () => {
		const account = await createServiceAccount();
		const key = await createKey(account.id as string, { expiration_period_days: 1 });
		await emu.clock.advance(DAY);
		expect((await whoAmI(key)).status).toBe(401);
		const got = await call<Item>(emu, 'GET', `/v1/users/${account.id}/api-keys`);
		expect(got.body.data?.key_status).toBe('EXPIRED');
	});

	it("deletes a user's keys: has_api_key false, the key refused, a second delete 404", async () => {
		const account = await createServiceAccount();
		const key = await createKey(account.id as string);
		const deleted = await call(emu, 'DELETE', `/v1/users/${account.id}/api-keys`);
		expect([deleted.status, deleted.body.code, deleted.body.data]).toEqual([
			200,
			'Success',
			undefined,
		]);
		expect((await whoAmI(key)).status).toBe(401);
		const user = await call<Item>(emu, 'GET', `/v1/users/${account.id}`);
		expect(user.body.data?.has_api_key).toBe(false);
		expect((await call(emu, 'DELETE', `/v1/users/${account.id}/api-keys`)).status).toBe(404);
		expect((await call(emu, 'GET', `/v1/users/${account.id}/api-keys`)).status).toBe(404);
	});
});
