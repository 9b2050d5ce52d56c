import { byId, onlyRequest, outputJson, sent, startConnectionKit, type ConnectionKit } from './kit';

let kit: ConnectionKit;

beforeAll(async () => {
	kit = await startConnectionKit();
});

afterAll(async () => await kit.close());

const AUTH_SECRET = 'oauth-refresh-token-do-not-echo';

describe('Connection: Create', () => {
	it('sends group, service, schema in config, auth and schedule; never echoes auth', async () => {
		const result = await kit.run('create', {
			groupId: byId(kit.groupId),
			service: 'google_sheets',
			destinationSchema: 'sheets_finance',
			additionalFields: {
				config: '{"sheet_id": "1abc", "named_range": "finance"}',
				auth: JSON.stringify({ refresh_token: AUTH_SECRET }),
				syncFrequency: 1440,
				dailySyncTime: '03:00',
				scheduleType: 'manual',
				paused: true,
				runSetupTests: false,
				trustCertificates: true,
			},
		});
		const request = onlyRequest(kit);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/v1/connections');
		expect(request.headers.accept).toBe('application/json;version=2');
		expect(request.body).toEqual({
			group_id: kit.groupId,
			service: 'google_sheets',
			config: { sheet_id: '1abc', named_range: 'finance', schema: 'sheets_finance' },
			auth: { refresh_token: AUTH_SECRET },
			sync_frequency: 1440,
			daily_sync_time: '03:00',
			schedule_type: 'manual',
			paused: true,
			run_setup_tests: false,
			trust_certificates: true,
			destination_schema_names: 'FIVETRAN_NAMING',
		});
		const [json] = outputJson(result);
		expect(json).toMatchObject({
			group_id: kit.groupId,
			service: 'google_sheets',
			schema: 'sheets_finance',
			paused: true,
			schedule_type: 'manual',
			sync_frequency: 1440,
			daily_sync_time: '03:00',
		});
		expect(kit.emu.state.connections.has(String(json.id))).toBe(true);
		expect(JSON.stringify(result.items)).not.toContain(AUTH_SECRET);
	});

	it('runs the setup tests by default and returns their results', async () => {
		const result = await kit.run('create', {
			groupId: byId(kit.groupId),
			service: 'postgres',
			destinationSchema: '',
			additionalFields: { config: { schema_prefix: 'pg_sales', host: 'db' } },
		});
		expect(onlyRequest(kit).body).toEqual({
			group_id: kit.groupId,
			service: 'postgres',
			config: { schema_prefix: 'pg_sales', host: 'db' },
			destination_schema_names: 'FIVETRAN_NAMING',
		});
		const [json] = outputJson(result);
		expect(json.schema).toBe('pg_sales');
		expect(json.status).toMatchObject({ setup_state: 'connected' });
		expect(Array.isArray(json.setup_tests)).toBe(true);
	});
});

describe('Connection: Create, naming and networking (create_connection, 2026-09)', () => {
	it('sends destination_schema_names and the networking fields; the answer carries them', async () => {
		const result = await kit.run('create', {
			groupId: byId(kit.groupId),
			service: 'postgres',
			destinationSchema: 'pg_private',
			destinationSchemaNames: 'SOURCE_NAMING',
			additionalFields: {
				networkingMethod: 'ProxyAgent',
				proxyAgentId: 'proxy_1',
				privateLinkId: 'link_1',
				hybridDeploymentAgentId: 'agent_1',
			},
		});
		expect(onlyRequest(kit).body).toEqual({
			group_id: kit.groupId,
			service: 'postgres',
			config: { schema: 'pg_private' },
			destination_schema_names: 'SOURCE_NAMING',
			networking_method: 'ProxyAgent',
			proxy_agent_id: 'proxy_1',
			private_link_id: 'link_1',
			hybrid_deployment_agent_id: 'agent_1',
		});
		expect(outputJson(result)[0]).toMatchObject({
			schema: 'pg_private',
			destination_schema_names: 'SOURCE_NAMING',
			networking_method: 'ProxyAgent',
			proxy_agent_id: 'proxy_1',
			private_link_id: 'link_1',
			hybrid_deployment_agent_id: 'agent_1',
		});
	});

	it.each([
		[
			'destinationSchemaNames',
			{ destinationSchemaNames: 'OUR_NAMING' },
			/Destination Naming must be one of FIVETRAN_NAMING, SOURCE_NAMING \(got 'OUR_NAMING'\)/,
		],
		[
			'networkingMethod',
			{ additionalFields: { networkingMethod: 'Carrier Pigeon' } },
			/Networking Method must be one of Directly, PrivateLink, SshTunnel, ProxyAgent/,
		],
	])(
		'refuses an invalid %s (from an expression) before any request',
		async (_name, parameters, message) => {
			const result = await kit.run('create', {
				groupId: byId(kit.groupId),
				service: 'postgres',
				destinationSchema: 'pg_bad',
				...parameters,
			});
			expect(result.error?.message).toMatch(message);
			expect(kit.requests()).toEqual([]);
		},
	);
});

describe('Connection: Update, historical re-sync and networking (modify_connection)', () => {
	it('sends is_historical_sync and networking; Fivetran starts the historical sync', async () => {
		const connection = await kit.createConnection();
		const result = await kit.run('update', {
			connectionId: byId(String(connection.id)),
			updateFields: { isHistoricalSync: true, networkingMethod: 'SshTunnel' },
		});
		expect(onlyRequest(kit).body).toEqual({
			is_historical_sync: true,
			networking_method: 'SshTunnel',
		});
		expect(outputJson(result)[0]).toMatchObject({
			id: connection.id,
			networking_method: 'SshTunnel',
		});
		expect(kit.emu.state.connections.get(String(connection.id))?.status.is_historical_sync).toBe(
			true,
		);
	});
});

describe('Connection: Update, Pause, Resume', () => {
	it('patches only the fields given', async () => {
		const connection = await kit.createConnection();
		const result = await kit.run('update', {
			connectionId: byId(String(connection.id)),
			updateFields: {
				syncFrequency: 60,
				scheduleType: 'manual',
				dataDelaySensitivity: 'CUSTOM',
				dataDelayThreshold: 45,
				config: '{"host": "db2.example.com"}',
			},
		});
		const request = onlyRequest(kit);
		expect(request.method).toBe('PATCH');
		expect(request.path).toBe(`/v1/connections/${connection.id}`);
		expect(request.body).toEqual({
			sync_frequency: 60,
			schedule_type: 'manual',
			data_delay_sensitivity: 'CUSTOM',
			data_delay_threshold: 45,
			config: { host: 'db2.example.com' },
		});
		expect(outputJson(result)[0]).toMatchObject({
			id: connection.id,
			sync_frequency: 60,
			schedule_type: 'manual',
			data_delay_threshold: 45,
			config: { host: 'db2.example.com', password: '******' },
		});
	});

	it.each([
		['pause', true, 'paused'],
		['resume', false, 'scheduled'],
	])(
		'%s sends paused: %s and returns the updated connection',
		async (operation, paused, syncState) => {
			const connection = await kit.createConnection({ paused: !paused });
			const result = await kit.run(operation, { connectionId: byId(String(connection.id)) });
			expect(sent(kit)).toEqual(['PATCH', `/v1/connections/${connection.id}`, { paused }]);
			const [json] = outputJson(result);
			expect(json).toMatchObject({ id: connection.id, paused, status: { sync_state: syncState } });
		},
	);
});

describe('Connection: Delete', () => {
	it('deletes and says so', async () => {
		const connection = await kit.createConnection();
		const result = await kit.run('delete', { connectionId: byId(String(connection.id)) });
		expect(sent(kit)).toEqual(['DELETE', `/v1/connections/${connection.id}`, undefined]);
		expect(outputJson(result)).toEqual([
			{
				success: true,
				id: connection.id,
				message: `Connection with id '${connection.id}' has been deleted`,
			},
		]);
		expect(kit.emu.state.connections.has(String(connection.id))).toBe(false);
	});
});
