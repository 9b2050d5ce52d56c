import type { JsonObject } from '../../emulator/types';
import { byId, onlyRequest, outputJson, startConnectionKit, type ConnectionKit } from './kit';

let kit: ConnectionKit;
let sheets: JsonObject;
let postgres: JsonObject;

beforeAll(async () => {
	kit = await startConnectionKit();
	postgres = await kit.createConnection();
	sheets = await kit.createConnection({
		service: 'google_sheets',
		config: { schema: 'sheets_sales' },
	});
});

afterAll(async () => await kit.close());

describe('Connection: Get Many', () => {
	it('lists the account with Simplify on by default', async () => {
		const result = await kit.run('getMany', { scope: 'account', returnAll: true });
		const request = onlyRequest(kit);
		expect(request.method).toBe('GET');
		expect(request.path).toBe('/v1/connections');
		expect(request.query).toEqual({ limit: '1000' });
		expect(request.headers.accept).toBe('application/json;version=2');
		const json = outputJson(result, [0, 0]);
		expect(json.map((connection) => connection.id)).toEqual([postgres.id, sheets.id]);
		expect(json[1]).toEqual({
			id: sheets.id,
			group_id: kit.groupId,
			service: 'google_sheets',
			schema: 'sheets_sales',
			paused: false,
			schedule_type: 'auto',
			sync_frequency: sheets.sync_frequency,
			setup_state: 'connected',
			sync_state: 'scheduled',
			update_state: 'on_schedule',
			succeeded_at: null,
			failed_at: null,
			created_at: sheets.created_at,
		});
	});

	it('filters by group and schema name and returns raw records without Simplify', async () => {
		const result = await kit.run('getMany', {
			scope: 'account',
			returnAll: false,
			limit: 10,
			filters: { groupId: kit.groupId, schema: 'sheets_sales' },
			simplify: false,
		});
		expect(onlyRequest(kit).query).toEqual({
			group_id: kit.groupId,
			schema: 'sheets_sales',
			limit: '10',
		});
		const [json] = outputJson(result);
		expect(json.id).toBe(sheets.id);
		expect(json.config).toEqual({ schema: 'sheets_sales' });
		expect(json.status).toMatchObject({ setup_state: 'connected' });
	});

	it('lists one group through the group locator', async () => {
		const result = await kit.run('getMany', {
			scope: 'group',
			groupId: byId(kit.groupId),
			limit: 1,
		});
		const request = onlyRequest(kit);
		expect(request.path).toBe(`/v1/groups/${kit.groupId}/connections`);
		expect(request.query).toEqual({ limit: '1' });
		expect(outputJson(result).map((connection) => connection.id)).toEqual([postgres.id]);
	});
});

describe('Connection: Get', () => {
	it('gets the raw record by default, with masked config and no auth', async () => {
		const result = await kit.run('get', { connectionId: byId(String(postgres.id)) });
		const request = onlyRequest(kit);
		expect(request.method).toBe('GET');
		expect(request.path).toBe(`/v1/connections/${postgres.id}`);
		expect(request.body).toBeUndefined();
		const [json] = outputJson(result);
		expect(json).toMatchObject({ id: postgres.id, service: 'postgres', schema: 'pg_1' });
		expect(json.config).toMatchObject({ password: '******' });
		expect(json).not.toHaveProperty('auth');
	});

	it('simplifies on request, and pairs each output with its input item', async () => {
		const result = await kit.run(
			'get',
			{ connectionId: byId('={{ $json.id }}'), simplify: true },
			{ inputItems: [{ id: sheets.id }, { id: postgres.id }] },
		);
		expect(kit.requests().map((request) => request.path)).toEqual([
			`/v1/connections/${sheets.id}`,
			`/v1/connections/${postgres.id}`,
		]);
		const json = outputJson(result, [0, 1]);
		expect(json.map((connection) => [connection.id, connection.schema])).toEqual([
			[sheets.id, 'sheets_sales'],
			[postgres.id, 'pg_1'],
		]);
		expect(Object.keys(json[0])).toHaveLength(13);
	});

	it('reads the ID from a connection URL', async () => {
		const url = `https://fivetran.com/dashboard/connections/${postgres.id}/status`;
		const result = await kit.run('get', { connectionId: { __rl: true, mode: 'url', value: url } });
		expect(onlyRequest(kit).path).toBe(`/v1/connections/${postgres.id}`);
		expect(outputJson(result)[0].id).toBe(postgres.id);
	});
});
