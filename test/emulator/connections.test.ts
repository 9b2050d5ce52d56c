import { startTestApi, type TestApi } from './connectionsTestKit';
import { scriptSync } from './sync';
import type { JsonObject } from './types';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

let api: TestApi;
beforeAll(async () => {
	api = await startTestApi();
});
afterAll(() => api.close());

const path = (connection: JsonObject, suffix = '') =>
	`/v1/connections/${String(connection.id)}${suffix}`;
const statusOf = (data: JsonObject | undefined) => data?.status as JsonObject;

describe('POST /v1/connections', () => {
	it('creates a connection with setup tests, masked secrets and no auth', async () => {
		const answer = await api.call('POST', '/v1/connections', {
			group_id: api.groupId,
			service: 'salesforce',
			config: { schema: 'sf_main', api_key: 'k-123' },
			auth: { refresh_token: 'top-secret' },
			sync_frequency: 1440,
			daily_sync_time: '03:00',
		});
		expect(answer.status).toBe(201);
		expect(answer.body.code).toBe('Success');
		expect(answer.body.message).toBe('Connection has been created');
		const data = answer.body.data as JsonObject;
		expect(data).toMatchObject({
			group_id: api.groupId,
			service: 'salesforce',
			schema: 'sf_main',
			paused: false,
			sync_frequency: 1440,
			daily_sync_time: '03:00',
			schedule_type: 'auto',
			data_delay_sensitivity: 'NORMAL',
			connected_by: api.emu.adminUserId,
			succeeded_at: null,
			config: { schema: 'sf_main', api_key: '******' },
			status: { setup_state: 'connected', sync_state: 'scheduled', tasks: [], warnings: [] },
		});
		expect(data.setup_tests).toEqual([
			expect.objectContaining({ status: 'PASSED' }),
			expect.objectContaining({ status: 'PASSED' }),
		]);
		expect(data).not.toHaveProperty('auth');
		expect(JSON.stringify(answer.body)).not.toContain('top-secret');
	});

	it('leaves setup incomplete when run_setup_tests is false', async () => {
		const data = await api.createConnection({ run_setup_tests: false, paused: true });
		expect(statusOf(data)).toMatchObject({ setup_state: 'incomplete', sync_state: 'paused' });
		expect(data).not.toHaveProperty('setup_tests');
	});

	it('names a single-table connection schema.table', async () => {
		const data = await api.createConnection({
			service: 'google_sheets',
			config: { schema: 'sheets', table: 'budget' },
		});
		expect(data.schema).toBe('sheets.budget');
	});

	it.each([
		['a missing group_id', { group_id: undefined }, 400, "Field 'group_id' is required"],
		['a missing service', { service: undefined }, 400, "Field 'service' is required"],
		['an unknown group', { group_id: 'nope' }, 404, "Group with id 'nope' does not exist."],
		['a destination service', { service: 'snowflake' }, 400, "Unsupported service 'snowflake'"],
		['a missing schema', { config: {} }, 400, "Field 'config.schema' is required"],
		[
			'an invalid schema name',
			{ config: { schema: '1bad name' } },
			400,
			"Invalid schema name '1bad name'",
		],
		['an unknown sync_frequency', { sync_frequency: 7 }, 400, "Invalid value for 'sync_frequency'"],
		[
			'an unknown schedule_type',
			{ schedule_type: 'sometimes' },
			400,
			"Invalid value for 'schedule_type'",
		],
		[
			'a daily time without a daily schedule',
			{ daily_sync_time: '03:00' },
			400,
			"Field 'daily_sync_time' can only be set when 'sync_frequency' is 1440",
		],
		[
			'a daily time off the hour',
			{ sync_frequency: 1440, daily_sync_time: '03:30' },
			400,
			"Invalid value for 'daily_sync_time'",
		],
		['a non-boolean paused', { paused: 'yes' }, 400, "Field 'paused' must be a boolean"],
	])('rejects %s', async (_label, overrides, status, message) => {
		const answer = await api.call('POST', '/v1/connections', {
			group_id: api.groupId,
			service: 'postgres',
			config: { schema: 'never_created' },
			...overrides,
		});
		expect(answer.status).toBe(status);
		expect(answer.body.code).toBe(status === 404 ? 'NotFound_Group' : 'InvalidInput');
		expect(answer.body.message).toContain(message);
	});

	it('refuses a schema name already used in the group with 409', async () => {
		await api.createConnection({ config: { schema: 'taken_schema' } });
		const again = await api.call('POST', '/v1/connections', {
			group_id: api.groupId,
			service: 'mysql',
			config: { schema: 'taken_schema' },
		});
		expect(again.status).toBe(409);
		expect(again.body.code).toBe('Conflict');
	});
});

describe('GET connections', () => {
	it('gets one connection and 404s with the modern or legacy code', async () => {
		const connection = await api.createConnection();
		const answer = await api.call('GET', path(connection));
		expect(answer.status).toBe(200);
		expect(answer.body.data?.id).toBe(connection.id);

		const missing = await api.call('GET', '/v1/connections/missing_one');
		expect(missing.status).toBe(404);
		expect(missing.body).toEqual({
			code: 'NotFound_Connection',
			message: "Connection with id 'missing_one' does not exist.",
		});
		const legacy = await api.call('GET', '/v1/connectors/missing_one');
		expect(legacy.body).toEqual({
			code: 'NotFound_Connector',
			message: "Connector with id 'missing_one' does not exist.",
		});
		const legacyFound = await api.call('GET', `/v1/connectors/${String(connection.id)}`);
		expect(legacyFound.body.data?.id).toBe(connection.id);
	});

	it('pages through the list and filters by group and exact schema', async () => {
		const other = await api.call('POST', '/v1/groups', { name: 'other_destination' });
		const otherGroup = String(other.body.data?.id);
		await api.createConnection({ group_id: otherGroup, config: { schema: 'in_other_group' } });
		await api.createConnection({ config: { schema: 'filter_me' } });

		const seen: string[] = [];
		let cursor: string | undefined;
		do {
			const page = await api.call(
				'GET',
				`/v1/connections?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
			);
			expect(page.status).toBe(200);
			expect(page.body.data?.items?.length).toBeLessThanOrEqual(2);
			seen.push(...(page.body.data?.items ?? []).map((item) => String(item.id)));
			cursor = page.body.data?.next_cursor;
		} while (cursor);
		expect(seen).toHaveLength(api.emu.state.connections.size);
		expect(new Set(seen).size).toBe(seen.length);

		const byGroup = await api.call('GET', `/v1/connections?group_id=${otherGroup}`);
		expect(byGroup.body.data?.items?.map((item) => item.schema)).toEqual(['in_other_group']);
		const bySchema = await api.call('GET', '/v1/connections?schema=filter_me');
		expect(bySchema.body.data?.items?.map((item) => item.schema)).toEqual(['filter_me']);
		expect((await api.call('GET', '/v1/connections?schema=FILTER_ME')).body.data?.items).toEqual(
			[],
		);

		const groupList = await api.call('GET', `/v1/groups/${otherGroup}/connections`);
		expect(groupList.body.data?.items?.map((item) => item.schema)).toEqual(['in_other_group']);
		const legacyGroupList = await api.call(
			'GET',
			`/v1/groups/${otherGroup}/connectors?schema=nothing`,
		);
		expect(legacyGroupList.body.data?.items).toEqual([]);
		const unknownGroup = await api.call('GET', '/v1/groups/no_group/connections');
		expect(unknownGroup.status).toBe(404);
		expect(unknownGroup.body.code).toBe('NotFound_Group');
	});

	it('shows a filtered system key only the connections it covers', async () => {
		const visibleOne = await api.createConnection();
		await api.createConnection();
		const key = await api.call('POST', '/v1/system-keys', {
			name: 'reader_key',
			permissions: [
				{
					resource_type: 'CONNECTOR',
					access_level: 'READ',
					resource_filter: { ids: [visibleOne.id] },
				},
			],
		});
		expect(key.status).toBe(201);
		const response = await fetch(`${api.emu.baseUrl}/v1/connections`, {
			headers: {
				Authorization: `Basic ${btoa(`${String(key.body.data?.key)}:${String(key.body.data?.secret)}`)}`,
			},
		});
		const body = (await response.json()) as { data: { items: JsonObject[] } };
		expect(body.data.items.map((item) => item.id)).toEqual([visibleOne.id]);
	});
});

describe('PATCH and DELETE /v1/connections/:id', () => {
	it('updates persistent fields and moves sync_state with paused', async () => {
		const connection = await api.createConnection();
		const paused = await api.call('PATCH', path(connection), { paused: true, sync_frequency: 60 });
		expect(paused.status).toBe(200);
		expect(paused.body.data).toMatchObject({
			paused: true,
			sync_frequency: 60,
			status: { sync_state: 'paused' },
		});
		const resumed = await api.call('PATCH', path(connection), { paused: false });
		expect(resumed.body.data).toMatchObject({ paused: false, status: { sync_state: 'scheduled' } });
	});

	it('starts a historical sync on is_historical_sync and records schema_status', async () => {
		const connection = await api.createConnection();
		const answer = await api.call('PATCH', path(connection), {
			is_historical_sync: true,
			schema_status: 'blocked_on_capture',
		});
		expect(statusOf(answer.body.data)).toMatchObject({
			sync_state: 'syncing',
			is_historical_sync: true,
			schema_status: 'blocked_on_capture',
		});
	});

	it('drops the daily sync time when leaving the daily schedule', async () => {
		const connection = await api.createConnection({
			sync_frequency: 1440,
			daily_sync_time: '05:00',
		});
		const answer = await api.call('PATCH', path(connection), { sync_frequency: 360 });
		expect(answer.body.data).toMatchObject({ sync_frequency: 360, daily_sync_time: null });
	});

	it.each([
		['an empty body', {}, 'At least one persistent parameter is required'],
		[
			'test-control flags alone',
			{ run_setup_tests: true, trust_certificates: true },
			'At least one persistent parameter is required',
		],
		['an unknown sync_frequency', { sync_frequency: 2 }, "Invalid value for 'sync_frequency'"],
		[
			'an unknown delay sensitivity',
			{ data_delay_sensitivity: 'EXTREME' },
			"Invalid value for 'data_delay_sensitivity'",
		],
		[
			'a schema rename',
			{ config: { schema: 'renamed' } },
			"Field 'config.schema' cannot be changed after creation",
		],
		[
			'a daily time without a daily schedule',
			{ daily_sync_time: '04:00' },
			"Field 'daily_sync_time' can only be set when 'sync_frequency' is 1440",
		],
	])('rejects %s', async (_label, body, message) => {
		const connection = await api.createConnection();
		const answer = await api.call('PATCH', path(connection), body);
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({ code: 'InvalidInput' });
		expect(answer.body.message).toContain(message);
	});

	it('runs setup tests with a persistent change when asked', async () => {
		const connection = await api.createConnection({ run_setup_tests: false });
		const answer = await api.call('PATCH', path(connection), {
			schedule_type: 'manual',
			run_setup_tests: true,
		});
		expect(answer.body.data).toMatchObject({
			schedule_type: 'manual',
			status: { setup_state: 'connected' },
		});
		expect(answer.body.data?.setup_tests).toHaveLength(2);
	});

	it('deletes, then answers 404', async () => {
		const connection = await api.createConnection();
		const answer = await api.call('DELETE', path(connection));
		expect(answer).toEqual({
			status: 200,
			body: {
				code: 'Success',
				message: `Connection with id '${String(connection.id)}' has been deleted`,
			},
		});
		expect((await api.call('DELETE', path(connection))).status).toBe(404);
	});
});

describe('sync, force, resync and setup-test actions', () => {
	it('starts a sync; force false leaves it alone, force true restarts it', async () => {
		const connection = await api.createConnection();
		const first = await api.call('POST', path(connection, '/sync'), {});
		expect(first).toEqual({
			status: 200,
			body: {
				code: 'Success',
				message: `Sync has been successfully triggered for connection with id '${String(connection.id)}'`,
			},
		});
		const history = () => api.emu.state.syncHistory.get(String(connection.id)) ?? [];
		expect(history().map((entry) => entry.status)).toEqual(['INCOMPLETE']);
		expect((await api.call('POST', path(connection, '/sync'), { force: false })).status).toBe(200);
		expect(history()).toHaveLength(1);
		await api.call('POST', path(connection, '/sync'), { force: true });
		expect(history().map((entry) => entry.status)).toEqual(['CANCELED', 'INCOMPLETE']);
		expect(new Set(history().map((entry) => entry.sync_id)).size).toBe(2);
		const details = await api.call('GET', path(connection));
		expect(statusOf(details.body.data).sync_state).toBe('syncing');
	});

	it('refuses to sync a paused connection with 409', async () => {
		const connection = await api.createConnection({ paused: true });
		const answer = await api.call('POST', path(connection, '/sync'), { force: true });
		expect(answer.status).toBe(409);
		expect(answer.body.code).toBe('Conflict');
		expect((await api.call('POST', '/v1/connectors/gone/sync', {})).body.code).toBe(
			'NotFound_Connector',
		);
	});

	it('starts a historical re-sync, whole or scoped, and validates the scope', async () => {
		const connection = await api.createConnection();
		const whole = await api.call('POST', path(connection, '/resync'));
		expect(whole.status).toBe(200);
		expect(statusOf((await api.call('GET', path(connection))).body.data)).toMatchObject({
			sync_state: 'syncing',
			is_historical_sync: true,
		});
		const scoped = await api.call('POST', path(connection, '/resync'), {
			scope: { public: ['users', 'orders'] },
		});
		expect(scoped.status).toBe(200);
		const wrongCase = await api.call('POST', path(connection, '/resync'), {
			scope: { public: ['Users'] },
		});
		expect(wrongCase.status).toBe(404);
		expect(wrongCase.body.code).toBe('NotFound_SchemaConfig');
		expect((await api.call('POST', path(connection, '/resync'), { scope: {} })).status).toBe(400);
		expect(
			(await api.call('POST', path(connection, '/resync'), { scope: { public: [] } })).status,
		).toBe(400);
		const tables = await api.call('POST', path(connection, '/schemas/tables/resync'), {
			reporting: ['daily_summary'],
		});
		expect(tables.body).toEqual({
			code: 'Success',
			message: 'Re-sync has been triggered successfully',
		});
		expect((await api.call('POST', path(connection, '/schemas/tables/resync'), {})).status).toBe(
			400,
		);
	});

	it('completes a running sync first and re-syncs after it (resync_connection)', async () => {
		const connection = await api.createConnection();
		const id = String(connection.id);
		scriptSync(api.emu.state, id, [{ durationMs: 4 * MINUTE }, { durationMs: 2 * MINUTE }]);
		const start = api.emu.clock.now();
		await api.call('POST', path(connection, '/sync'), {});
		await api.emu.clock.advance(MINUTE);
		expect((await api.call('POST', path(connection, '/resync'))).status).toBe(200);
		const history = () => api.emu.state.syncHistory.get(id) ?? [];
		expect(history().map((entry) => entry.status)).toEqual(['INCOMPLETE']);
		await api.emu.clock.advance(3 * MINUTE);
		expect(history()).toMatchObject([
			{ status: 'COMPLETED', end: iso(start + 4 * MINUTE) },
			{ status: 'INCOMPLETE', start: iso(start + 4 * MINUTE), end: null },
		]);
		expect(statusOf((await api.call('GET', path(connection))).body.data)).toMatchObject({
			sync_state: 'syncing',
			is_historical_sync: true,
		});
	});

	it('declines a re-sync with 409 when the running sync will not complete', async () => {
		const connection = await api.createConnection();
		scriptSync(api.emu.state, String(connection.id), {
			durationMs: 4 * MINUTE,
			outcome: 'failure',
		});
		await api.call('POST', path(connection, '/sync'), {});
		const answer = await api.call('POST', path(connection, '/resync'));
		expect(answer.status).toBe(409);
		expect(answer.body).toMatchObject({ code: 'Conflict' });
		expect(answer.body.message).toContain('cannot be completed before the re-sync');
	});

	it('defers a re-sync of a paused connection until it is resumed', async () => {
		const connection = await api.createConnection({ paused: true });
		expect((await api.call('POST', path(connection, '/resync'))).status).toBe(200);
		expect(statusOf((await api.call('GET', path(connection))).body.data).sync_state).toBe('paused');
		const resumed = await api.call('PATCH', path(connection), { paused: false });
		expect(statusOf(resumed.body.data)).toMatchObject({
			sync_state: 'syncing',
			is_historical_sync: true,
		});
	});

	it('runs setup tests; the body is required', async () => {
		const connection = await api.createConnection({ run_setup_tests: false });
		expect((await api.call('POST', path(connection, '/test'))).status).toBe(400);
		const answer = await api.call('POST', path(connection, '/test'), {});
		expect(answer.status).toBe(200);
		expect(answer.body.message).toBe('Setup tests have been completed');
		expect(answer.body.data).toMatchObject({
			id: connection.id,
			status: { setup_state: 'connected' },
		});
		expect(answer.body.data?.setup_tests).toHaveLength(2);
	});
});
