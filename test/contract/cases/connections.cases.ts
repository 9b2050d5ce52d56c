/**
 * Connections: CRUD, actions, connector state and sync history. The cases create their own
 * connections (a Postgres one and a Connector SDK one, which has a state) in the seeded group.
 */
import type { Emulator } from '../../emulator';
import type { ConnectionRecord } from '../../emulator/state';
import { setPaused, startSync } from '../../emulator/sync';
import { nth, type ContractCase } from './types';

export const seed = { groups: 1 };

const group = (emu: Emulator) => nth(emu.state.groups);
function bySchema(emu: Emulator, schema: string): ConnectionRecord {
	const found = [...emu.state.connections.values()].find((c) => c.schema === schema);
	if (!found) throw new Error(`No connection with schema '${schema}'`);
	return found;
}
const postgres = (emu: Emulator) => `/v1/connections/${bySchema(emu, 'pg_main').id}`;
const sdk = (emu: Emulator) => `/v1/connections/${bySchema(emu, 'sdk_main').id}`;

export const cases: ContractCase[] = [
	{
		name: 'create',
		method: 'POST',
		path: '/v1/connections',
		body: (emu) => ({
			group_id: group(emu),
			service: 'postgres',
			paused: true,
			sync_frequency: 360,
			run_setup_tests: true,
			config: { schema_prefix: 'pg_main', host: 'db.example.com', port: 5432 },
		}),
		status: 201,
	},
	{
		name: 'create a Connector SDK connection',
		method: 'POST',
		path: '/v1/connections',
		body: (emu) => ({
			group_id: group(emu),
			service: 'connector_sdk',
			config: { schema: 'sdk_main' },
		}),
		status: 201,
	},
	{
		name: 'create with a taken schema: 409',
		method: 'POST',
		path: '/v1/connections',
		body: (emu) => ({
			group_id: group(emu),
			service: 'postgres',
			config: { schema_prefix: 'pg_main' },
		}),
		status: 409,
	},
	{
		name: 'create in an unknown group: 404',
		method: 'POST',
		path: '/v1/connections',
		body: { group_id: 'nope', service: 'postgres', config: { schema_prefix: 'x' } },
		status: 404,
	},
	{
		name: 'create an unknown service: 400',
		method: 'POST',
		path: '/v1/connections',
		body: (emu) => ({ group_id: group(emu), service: 'nothing', config: { schema: 'x' } }),
		status: 400,
	},
	{ name: 'list', method: 'GET', path: '/v1/connections', status: 200 },
	{ name: 'list by schema', method: 'GET', path: '/v1/connections?schema=pg_main', status: 200 },
	{ name: 'get', method: 'GET', path: postgres, status: 200 },
	{
		name: 'get on the legacy path',
		method: 'GET',
		path: (emu) => postgres(emu).replace('connections', 'connectors'),
		status: 200,
	},
	{ name: 'get unknown: 404', method: 'GET', path: '/v1/connections/nope', status: 404 },
	{
		name: 'update',
		method: 'PATCH',
		path: postgres,
		body: { sync_frequency: 1440, daily_sync_time: '03:00', pause_after_trial: false },
		status: 200,
	},
	{
		name: 'update with only a test flag: 400',
		method: 'PATCH',
		path: postgres,
		body: { run_setup_tests: true },
		status: 400,
	},
	{
		name: 'update unknown: 404',
		method: 'PATCH',
		path: '/v1/connections/nope',
		body: { paused: true },
		status: 404,
	},
	{
		name: 'setup tests',
		method: 'POST',
		path: (emu) => `${postgres(emu)}/test`,
		body: {},
		status: 200,
	},
	{
		name: 'setup tests of unknown: 404',
		method: 'POST',
		path: '/v1/connections/nope/test',
		body: {},
		status: 404,
	},
	{
		name: 'sync a paused connection: 409',
		method: 'POST',
		path: (emu) => `${postgres(emu)}/sync`,
		body: { force: false },
		status: 409,
	},
	{
		name: 'sync',
		method: 'POST',
		path: (emu) => `${sdk(emu)}/sync`,
		body: { force: false },
		status: 200,
	},
	{
		name: 'sync unknown: 404',
		method: 'POST',
		path: '/v1/connections/nope/sync',
		body: {},
		status: 404,
	},
	{
		name: 'resync',
		method: 'POST',
		path: (emu) => `${postgres(emu)}/resync`,
		body: {},
		status: 200,
	},
	{
		name: 'resync with an empty scope: 400',
		method: 'POST',
		path: (emu) => `${postgres(emu)}/resync`,
		body: { scope: {} },
		status: 400,
	},
	{
		name: 'connector state',
		method: 'GET',
		path: (emu) => `${sdk(emu)}/state`,
		status: 200,
		setup: (emu) => {
			bySchema(emu, 'sdk_main').state = { cursor: '2026-01-01' };
		},
	},
	{
		name: 'connector state of a connection without one: 400',
		method: 'GET',
		path: (emu) => `${postgres(emu)}/state`,
		status: 400,
	},
	{
		name: 'change the state of a running connection: 409',
		method: 'PATCH',
		path: (emu) => `${sdk(emu)}/state`,
		body: { state: { cursor: '2026-02-01' } },
		status: 409,
	},
	{
		name: 'change the state of a paused connection',
		method: 'PATCH',
		path: (emu) => `${sdk(emu)}/state`,
		body: { state: { cursor: '2026-02-01' } },
		status: 200,
		setup: async (emu) => {
			const connection = bySchema(emu, 'sdk_main');
			connection.paused = true;
			await emu.clock.advance(24 * 3_600_000);
		},
	},
	{
		name: 'sync history',
		method: 'GET',
		path: (emu) =>
			`${postgres(emu)}/sync-history?start_time=2026-01-01T00:00:00Z&end_time=2026-01-03T00:00:00Z`,
		status: 200,
		setup: async (emu) => {
			const connection = bySchema(emu, 'pg_main');
			setPaused(emu.state, connection, false, emu.clock.now());
			startSync(emu.state, connection, emu.clock.now(), { force: true });
			await emu.clock.advance(3_600_000);
		},
	},
	{
		name: 'sync history over more than 7 days: 400',
		method: 'GET',
		path: (emu) =>
			`${postgres(emu)}/sync-history?start_time=2026-01-01T00:00:00Z&end_time=2026-01-09T00:00:00Z`,
		status: 400,
	},
	{ name: 'delete', method: 'DELETE', path: sdk, status: 200 },
	{ name: 'delete unknown: 404', method: 'DELETE', path: '/v1/connections/nope', status: 404 },
	{
		name: 'resync unknown: 404',
		method: 'POST',
		path: '/v1/connections/nope/resync',
		body: {},
		status: 404,
	},
	{
		name: 'connector state of unknown: 404',
		method: 'GET',
		path: '/v1/connections/nope/state',
		status: 404,
	},
	{
		name: 'change the connector state of unknown: 404',
		method: 'PATCH',
		path: '/v1/connections/nope/state',
		body: { state: {} },
		status: 404,
	},
	{
		name: 'sync history of unknown: 404',
		method: 'GET',
		path: '/v1/connections/nope/sync-history',
		status: 404,
	},
];
