import { startTestApi, type TestApi } from './connectionsTestKit';
import { scriptSync } from './sync';
import type { JsonObject } from './types';

let api: TestApi;
let base: string;
beforeAll(async () => {
	api = await startTestApi();
});
beforeEach(async () => {
	base = `/v1/connections/${String((await api.createConnection()).id)}`;
});
afterAll(() => api.close());

const tableOf = (config: JsonObject | undefined, schema: string, table: string) =>
	((config?.schemas as JsonObject)[schema] as { tables: Record<string, JsonObject> }).tables[table];

describe('schema config', () => {
	it('serves a deterministic config per connection', async () => {
		const answer = await api.call('GET', `${base}/schemas`);
		expect(answer.status).toBe(200);
		expect(answer.body.data).toMatchObject({
			enable_new_by_default: true,
			schema_change_handling: 'ALLOW_ALL',
		});
		expect(Object.keys(answer.body.data?.schemas as JsonObject)).toEqual(['public', 'reporting']);
		expect(tableOf(answer.body.data, 'public', 'orders')).toEqual({
			name_in_destination: 'orders',
			enabled: true,
			sync_mode: 'SOFT_DELETE',
			supports_columns_config: true,
			supports_history_mode: true,
			enabled_patch_settings: { allowed: true },
			columns: {},
		});
	});

	it('patches at every level and keeps names case-sensitive', async () => {
		const whole = await api.call('PATCH', `${base}/schemas`, {
			schema_change_handling: 'BLOCK_ALL',
			schemas: { reporting: { enabled: false } },
		});
		expect(whole.body.data).toMatchObject({
			schema_change_handling: 'BLOCK_ALL',
			schemas: { reporting: { enabled: false } },
		});
		const table = await api.call('PATCH', `${base}/schemas/public/tables/users`, {
			enabled: true,
			sync_mode: 'HISTORY',
			columns: { email: { enabled: true, hashed: true } },
		});
		expect(tableOf(table.body.data, 'public', 'users')).toMatchObject({
			sync_mode: 'HISTORY',
			columns: {
				email: { name_in_destination: 'email', enabled: true, hashed: true, is_primary_key: false },
			},
		});
		const column = await api.call('PATCH', `${base}/schemas/public/tables/users/columns/name`, {
			enabled: false,
		});
		expect(tableOf(column.body.data, 'public', 'users').columns).toMatchObject({
			name: { enabled: false },
		});
		const schema = await api.call('PATCH', `${base}/schemas/public`, { enabled: false });
		expect(schema.body.data).toMatchObject({ schemas: { public: { enabled: false } } });

		for (const wrong of [
			`${base}/schemas/Public`,
			`${base}/schemas/public/tables/Users`,
			`${base}/schemas/public/tables/users/columns/Email`,
		]) {
			const answer = await api.call('PATCH', wrong, { enabled: true });
			expect(answer.status).toBe(404);
			expect(answer.body.code).toBe('NotFound_SchemaConfig');
		}
	});

	it('validates patches and applies none of an invalid one', async () => {
		const missingEnabled = await api.call('PATCH', `${base}/schemas/public`, {});
		expect(missingEnabled.status).toBe(400);
		expect(missingEnabled.body.message).toBe("Field 'enabled' is required");
		const partlyWrong = await api.call('PATCH', `${base}/schemas`, {
			schemas: { public: { enabled: false, tables: { orders: { sync_mode: 'FOREVER' } } } },
		});
		expect(partlyWrong.status).toBe(400);
		const primaryKey = await api.call('PATCH', `${base}/schemas/public/tables/users/columns/id`, {
			enabled: false,
		});
		expect(primaryKey.status).toBe(400);
		const after = await api.call('GET', `${base}/schemas`);
		expect(after.body.data).toMatchObject({ schemas: { public: { enabled: true } } });
	});

	it('reloads and lists source columns', async () => {
		expect(
			(await api.call('POST', `${base}/schemas/reload`, { exclude_mode: 'EXCLUDE' })).status,
		).toBe(200);
		const bad = await api.call('POST', `${base}/schemas/reload`, { exclude_mode: 'DROP' });
		expect(bad.status).toBe(400);
		const columns = await api.call('GET', `${base}/schemas/public/tables/orders/columns`);
		expect(Object.keys(columns.body.data?.columns as JsonObject)).toEqual([
			'id',
			'name',
			'email',
			'created_at',
			'updated_at',
		]);
		expect((columns.body.data?.columns as Record<string, JsonObject>).id).toMatchObject({
			is_primary_key: true,
		});
	});

	it('drops only blocked columns', async () => {
		const notBlocked = await api.call(
			'DELETE',
			`${base}/schemas/public/tables/orders/columns/email`,
		);
		expect(notBlocked.status).toBe(409);
		await api.call('PATCH', `${base}/schemas/public/tables/orders/columns/email`, {
			enabled: false,
		});
		await api.call('PATCH', `${base}/schemas/public/tables/users/columns/name`, { enabled: false });
		const dropped = await api.call('DELETE', `${base}/schemas/public/tables/orders/columns/email`);
		expect(dropped.body).toEqual({
			code: 'Success',
			message: 'Column(s) successfully marked for deletion',
		});
		const bulk = await api.call('POST', `${base}/schemas/drop-columns`, {
			schemas: { public: { tables: { users: { columns: ['name'] } } } },
		});
		expect(bulk.status).toBe(200);
		const columns = await api.call('GET', `${base}/schemas/public/tables/orders/columns`);
		expect(Object.keys(columns.body.data?.columns as JsonObject)).not.toContain('email');
		expect((await api.call('POST', `${base}/schemas/drop-columns`, { schemas: {} })).status).toBe(
			400,
		);
	});
});

describe('connector state', () => {
	it('is refused for services without state', async () => {
		const answer = await api.call('GET', `${base}/state`);
		expect(answer.status).toBe(400);
		expect(answer.body.message).toContain('does not support state');
	});

	it('is read after a sync and patched only while paused', async () => {
		const sdk = await api.createConnection({
			service: 'connector_sdk',
			config: { schema: 'sdk_source' },
		});
		const path = `/v1/connections/${String(sdk.id)}`;
		expect((await api.call('GET', `${path}/state`)).status).toBe(400);
		scriptSync(api.emu.state, String(sdk.id), { durationMs: 1000 });
		await api.call('POST', `${path}/sync`, {});
		await api.emu.clock.advance(1000);
		const read = await api.call('GET', `${path}/state`);
		expect(read.body.data?.state).toEqual({ cursor: expect.any(String) });

		const running = await api.call('PATCH', `${path}/state`, { state: { cursor: 'x' } });
		expect(running.status).toBe(409);
		await api.call('PATCH', path, { paused: true });
		const patched = await api.call('PATCH', `${path}/state`, { state: { cursor: 'x' } });
		expect(patched).toEqual({
			status: 200,
			body: { code: 'Success', data: { state: { cursor: 'x' } } },
		});
		const unchanged = await api.call('PATCH', `${path}/state`, { state: null });
		expect(unchanged.body.data?.state).toEqual({ cursor: 'x' });
	});
});
