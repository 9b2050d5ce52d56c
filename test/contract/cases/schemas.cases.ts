/** A connection's schema config: get, reload, change at every level, columns, drops, table re-syncs. */
import type { Emulator } from '../../emulator';
import { schemaConfigOf } from '../../emulator/routes/connections/schemaConfig';
import { nth, type ContractCase } from './types';

export const seed = { connections: 1 };

const connection = (emu: Emulator) => emu.state.connections.get(nth(emu.state.connections))!;
const base = (emu: Emulator) => `/v1/connections/${connection(emu).id}/schemas`;
/** The first schema and table of the connection's config. */
function first(emu: Emulator): { schema: string; table: string; column: string } {
	const config = schemaConfigOf(connection(emu));
	const schema = Object.keys(config.schemas)[0];
	const table = Object.keys(config.schemas[schema].tables)[0];
	return { schema, table, column: 'name' };
}
const tablePath = (emu: Emulator) => `${base(emu)}/${first(emu).schema}/tables/${first(emu).table}`;

export const cases: ContractCase[] = [
	{ name: 'get', method: 'GET', path: base, status: 200 },
	{ name: 'get of unknown: 404', method: 'GET', path: '/v1/connections/nope/schemas', status: 404 },
	{
		name: 'reload',
		method: 'POST',
		path: (emu) => `${base(emu)}/reload`,
		body: { exclude_mode: 'PRESERVE' },
		status: 200,
	},
	{
		name: 'reload with an unknown mode: 400',
		method: 'POST',
		path: (emu) => `${base(emu)}/reload`,
		body: { exclude_mode: 'NOPE' },
		status: 400,
	},
	{
		name: 'change the whole config',
		method: 'PATCH',
		path: base,
		body: { schema_change_handling: 'ALLOW_COLUMNS' },
		status: 200,
	},
	{
		name: 'change a schema',
		method: 'PATCH',
		path: (emu) => `${base(emu)}/${first(emu).schema}`,
		body: { enabled: true },
		status: 200,
	},
	{
		name: 'change an unknown schema: 404',
		method: 'PATCH',
		path: (emu) => `${base(emu)}/nope`,
		body: { enabled: true },
		status: 404,
	},
	{
		name: 'change a table',
		method: 'PATCH',
		path: tablePath,
		body: { enabled: true, sync_mode: 'SOFT_DELETE' },
		status: 200,
	},
	{
		name: 'source columns of a table',
		method: 'GET',
		path: (emu) => `${tablePath(emu)}/columns`,
		status: 200,
	},
	{
		name: 'change a column',
		method: 'PATCH',
		path: (emu) => `${tablePath(emu)}/columns/${first(emu).column}`,
		body: { enabled: false, hashed: true },
		status: 200,
	},
	{
		name: 'block another column',
		method: 'PATCH',
		path: (emu) => `${tablePath(emu)}/columns/email`,
		body: { enabled: false },
		status: 200,
	},
	{
		name: 'change a column without enabled: 400',
		method: 'PATCH',
		path: (emu) => `${tablePath(emu)}/columns/${first(emu).column}`,
		body: { hashed: true },
		status: 400,
	},
	{
		name: 're-sync tables',
		method: 'POST',
		path: (emu) => `${base(emu)}/tables/resync`,
		body: (emu) => ({ [first(emu).schema]: [first(emu).table] }),
		status: 200,
	},
	{
		name: 're-sync an unknown table: 404',
		method: 'POST',
		path: (emu) => `${base(emu)}/tables/resync`,
		body: (emu) => ({ [first(emu).schema]: ['nope'] }),
		status: 404,
	},
	{
		name: 'drop columns',
		method: 'POST',
		path: (emu) => `${base(emu)}/drop-columns`,
		body: (emu) => ({
			schemas: { [first(emu).schema]: { tables: { [first(emu).table]: { columns: ['name'] } } } },
		}),
		status: 200,
	},
	{
		name: 'drop a column that is not blocked: 409',
		method: 'POST',
		path: (emu) => `${base(emu)}/drop-columns`,
		body: (emu) => ({
			schemas: {
				[first(emu).schema]: { tables: { [first(emu).table]: { columns: ['created_at'] } } },
			},
		}),
		status: 409,
	},
	{
		name: 'drop columns without schemas: 400',
		method: 'POST',
		path: (emu) => `${base(emu)}/drop-columns`,
		body: {},
		status: 400,
	},
	{
		name: 'delete a column',
		method: 'DELETE',
		path: (emu) => `${tablePath(emu)}/columns/email`,
		status: 200,
	},
	{
		name: 'delete a column that is not blocked: 409',
		method: 'DELETE',
		path: (emu) => `${tablePath(emu)}/columns/created_at`,
		status: 409,
	},
	{
		name: 'change the config of unknown: 404',
		method: 'PATCH',
		path: '/v1/connections/nope/schemas',
		body: { schema_change_handling: 'ALLOW_ALL' },
		status: 404,
	},
	{
		name: 'reload unknown: 404',
		method: 'POST',
		path: '/v1/connections/nope/schemas/reload',
		body: {},
		status: 404,
	},
	{
		name: 'change an unknown table: 404',
		method: 'PATCH',
		path: (emu) => `${base(emu)}/${first(emu).schema}/tables/nope`,
		body: { enabled: true },
		status: 404,
	},
	{
		name: 'change an unknown column: 404',
		method: 'PATCH',
		path: (emu) => `${tablePath(emu)}/columns/nope`,
		body: { enabled: false },
		status: 404,
	},
	{
		name: 'source columns of an unknown table: 404',
		method: 'GET',
		path: (emu) => `${base(emu)}/${first(emu).schema}/tables/nope/columns`,
		status: 404,
	},
	{
		name: 'drop columns of unknown: 404',
		method: 'POST',
		path: '/v1/connections/nope/schemas/drop-columns',
		body: { schemas: { s: { tables: { t: { columns: ['c'] } } } } },
		status: 404,
	},
	{
		name: 'delete an unknown column: 404',
		method: 'DELETE',
		path: (emu) => `${tablePath(emu)}/columns/nope`,
		status: 404,
	},
];
