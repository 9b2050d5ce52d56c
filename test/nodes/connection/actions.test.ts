import { historyOf, runningSyncId } from '../../emulator/sync';
import { byId, onlyRequest, outputJson, sent, startConnectionKit, type ConnectionKit } from './kit';

let kit: ConnectionKit;

beforeAll(async () => {
	kit = await startConnectionKit();
});

afterAll(async () => await kit.close());

async function newConnectionId(overrides: Record<string, unknown> = {}): Promise<string> {
	return String((await kit.createConnection(overrides)).id);
}

describe('Connection: Sync', () => {
	it('starts a sync and reports success', async () => {
		const id = await newConnectionId();
		const result = await kit.run('sync', { connectionId: byId(id) });
		expect(sent(kit)).toEqual(['POST', `/v1/connections/${id}/sync`, { force: false }]);
		expect(kit.requests()[0].headers.accept).toBe('application/json;version=2');
		expect(outputJson(result)).toEqual([
			{
				success: true,
				id,
				message: `Sync has been successfully triggered for connection with id '${id}'`,
			},
		]);
		expect(runningSyncId(kit.emu.state, id)).toBeDefined();
	});

	it('leaves a running sync alone without Force and restarts it with Force', async () => {
		const id = await newConnectionId();
		await kit.run('sync', { connectionId: byId(id) });
		const first = runningSyncId(kit.emu.state, id);

		await kit.run('sync', { connectionId: byId(id), force: false });
		expect(runningSyncId(kit.emu.state, id)).toBe(first);

		const forced = await kit.run('sync', { connectionId: byId(id), force: true });
		expect(onlyRequest(kit).body).toEqual({ force: true });
		expect(outputJson(forced)[0].success).toBe(true);
		expect(runningSyncId(kit.emu.state, id)).not.toBe(first);
		expect(historyOf(kit.emu.state, id).map((entry) => entry.status)).toEqual([
			'CANCELED',
			'INCOMPLETE',
		]);
	});
});

describe('Connection: Re-Sync', () => {
	it('re-syncs the whole connection with an empty body', async () => {
		const id = await newConnectionId();
		const result = await kit.run('resync', { connectionId: byId(id), resyncScope: 'connection' });
		expect(sent(kit)).toEqual(['POST', `/v1/connections/${id}/resync`, {}]);
		expect(outputJson(result)).toEqual([
			{
				success: true,
				id,
				message: `Re-sync has been triggered successfully for connection with id '${id}'`,
			},
		]);
		expect(kit.emu.state.connections.get(id)?.status.is_historical_sync).toBe(true);
	});

	it('re-syncs chosen tables grouped by schema', async () => {
		const id = await newConnectionId();
		const result = await kit.run('resync', {
			connectionId: byId(id),
			resyncScope: 'tables',
			tables: {
				table: [
					{ schema: 'public', table: 'orders' },
					{ schema: 'public', table: 'users' },
					{ schema: 'reporting', table: 'daily_summary' },
				],
			},
		});
		expect(onlyRequest(kit).body).toEqual({
			scope: { public: ['orders', 'users'], reporting: ['daily_summary'] },
		});
		expect(outputJson(result)[0]).toMatchObject({ success: true, id });
	});
});

describe('Connection: Run Setup Tests', () => {
	it('posts the trust options (or an empty body) and returns the test results', async () => {
		const id = await newConnectionId({ run_setup_tests: false });
		const result = await kit.run('runSetupTests', {
			connectionId: byId(id),
			options: { trustCertificates: true },
		});
		expect(sent(kit)).toEqual(['POST', `/v1/connections/${id}/test`, { trust_certificates: true }]);
		const [json] = outputJson(result);
		expect(json).toMatchObject({ id, status: { setup_state: 'connected' } });
		expect((json.setup_tests as unknown[]).length).toBeGreaterThan(0);

		await kit.run('runSetupTests', { connectionId: byId(id) });
		expect(onlyRequest(kit).body).toEqual({});
	});
});

describe('Connection: schema config', () => {
	it('gets the schema config with the plain Accept header', async () => {
		const id = await newConnectionId();
		const result = await kit.run('getSchemaConfig', { connectionId: byId(id) });
		expect(sent(kit)).toEqual(['GET', `/v1/connections/${id}/schemas`, undefined]);
		expect(kit.requests()[0].headers.accept).toBe('application/json');
		const [json] = outputJson(result);
		expect(json.schema_change_handling).toBe('ALLOW_ALL');
		expect(Object.keys(json.schemas as object)).toEqual(['public', 'reporting']);
	});

	it('updates the schema change handling and the schemas', async () => {
		const id = await newConnectionId();
		const result = await kit.run('updateSchemaConfig', {
			connectionId: byId(id),
			updateFields: {
				schemaChangeHandling: 'BLOCK_ALL',
				schemas: '{"reporting": {"enabled": false}}',
			},
		});
		expect(sent(kit)).toEqual([
			'PATCH',
			`/v1/connections/${id}/schemas`,
			{ schema_change_handling: 'BLOCK_ALL', schemas: { reporting: { enabled: false } } },
		]);
		const [json] = outputJson(result);
		expect(json.schema_change_handling).toBe('BLOCK_ALL');
		expect(json.schemas).toMatchObject({
			reporting: { enabled: false },
			public: { enabled: true },
		});
	});

	it('reloads with the chosen exclude mode', async () => {
		const id = await newConnectionId();
		const result = await kit.run('reloadSchemaConfig', {
			connectionId: byId(id),
			excludeMode: 'EXCLUDE',
		});
		expect(sent(kit)).toEqual([
			'POST',
			`/v1/connections/${id}/schemas/reload`,
			{ exclude_mode: 'EXCLUDE' },
		]);
		expect(Object.keys(outputJson(result)[0].schemas as object)).toEqual(['public', 'reporting']);
	});
});

describe('Connection: Get State', () => {
	it('returns the connector state with the connection ID', async () => {
		const id = await newConnectionId({
			service: 'connector_sdk',
			config: { schema: 'sdk_orders' },
		});
		const record = kit.emu.state.connections.get(id);
		if (record) record.state = { cursor: '2026-01-01', page: 3 };
		const result = await kit.run('getState', { connectionId: byId(id) });
		expect(sent(kit)).toEqual(['GET', `/v1/connections/${id}/state`, undefined]);
		expect(outputJson(result)).toEqual([{ id, state: { cursor: '2026-01-01', page: 3 } }]);
	});
});
