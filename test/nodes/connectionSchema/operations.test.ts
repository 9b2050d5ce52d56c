/**
 * Workflow tests of every Connection Schema operation against a connected PostgreSQL
 * connection: the PATCH / POST / GET the emulator saw and the items out.
 */
import type { Emulator } from '../../emulator';
import type { ConnectionRecord } from '../../emulator/state';
import { onlyRequest, useEmulator } from '../../harness';
import { asSent, expectedRequest, jsonOf, pairedOf } from '../user/userTestKit';
import { blockColumn, configOf, connectedPostgres, runSchema, target } from './schemaKit';

let emu: Emulator;
let connection: ConnectionRecord;

useEmulator({ connections: 1 }, (started) => {
	emu = started;
});

beforeEach(() => {
	connection = connectedPostgres(emu);
});

const schemasPath = () => `/v1/connections/${connection.id}/schemas`;

describe('Enable / Disable Schema', () => {
	it('Disable Schema patches {enabled: false} and outputs the schema', async () => {
		const { items } = await runSchema(emu, 'disableSchema', target(connection.id, 'reporting'));

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'PATCH', `${schemasPath()}/reporting`, { enabled: false }),
		);
		expect(configOf(connection).schemas.reporting.enabled).toBe(false);
		expect(jsonOf(items)).toEqual([
			{
				connectionId: connection.id,
				schema: 'reporting',
				...asSent(configOf(connection).schemas.reporting),
			},
		]);
		expect(items[0].json.enabled).toBe(false);
		expect(pairedOf(items)).toEqual([{ item: 0 }]);
	});

	it('Enable Schema patches {enabled: true}', async () => {
		configOf(connection).schemas.reporting.enabled = false;

		const { items } = await runSchema(emu, 'enableSchema', target(connection.id, 'reporting'));

		expect(onlyRequest(emu).body).toEqual({ enabled: true });
		expect(configOf(connection).schemas.reporting.enabled).toBe(true);
		expect(items[0].json).toMatchObject({ schema: 'reporting', enabled: true });
	});
});

describe('Enable / Disable Table', () => {
	it('Disable Table patches the table and outputs it', async () => {
		const { items } = await runSchema(
			emu,
			'disableTable',
			target(connection.id, 'public', 'orders'),
		);

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'PATCH', `${schemasPath()}/public/tables/orders`, { enabled: false }),
		);
		const orders = configOf(connection).schemas.public.tables.orders;
		expect(orders.enabled).toBe(false);
		expect(jsonOf(items)).toEqual([
			{
				connectionId: connection.id,
				schema: 'public',
				table: 'orders',
				row_filtering_supported: true,
				...asSent(orders),
			},
		]);
	});

	it('Enable Table with a sync mode sends it; without one only {enabled: true}', async () => {
		const withMode = await runSchema(emu, 'enableTable', {
			...target(connection.id, 'public', 'users'),
			options: { syncMode: 'LIVE' },
		});
		expect(onlyRequest(emu).body).toEqual({ sync_mode: 'LIVE', enabled: true });
		expect(withMode.items[0].json).toMatchObject({ table: 'users', sync_mode: 'LIVE' });

		emu.requestLog.clear();
		const plain = await runSchema(emu, 'enableTable', target(connection.id, 'public', 'users'));
		expect(onlyRequest(emu).body).toEqual({ enabled: true });
		expect(plain.items[0].json).toMatchObject({ enabled: true, sync_mode: 'LIVE' });
	});
});

describe('Enable / Disable Column', () => {
	const columnPath = (column: string) => `${schemasPath()}/public/tables/users/columns/${column}`;

	it('Enable Column with Hashed sends hashed and outputs the column', async () => {
		const { items } = await runSchema(emu, 'enableColumn', {
			...target(connection.id, 'public', 'users', 'email'),
			options: { hashed: true },
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'PATCH', columnPath('email'), { hashed: true, enabled: true }),
		);
		const email = configOf(connection).schemas.public.tables.users.columns.email;
		expect(email).toMatchObject({ enabled: true, hashed: true });
		expect(jsonOf(items)).toEqual([
			{
				connectionId: connection.id,
				schema: 'public',
				table: 'users',
				column: 'email',
				...asSent(email),
			},
		]);
	});

	it('Disable Column patches {enabled: false}', async () => {
		const { items } = await runSchema(
			emu,
			'disableColumn',
			target(connection.id, 'public', 'users', 'name'),
		);

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'PATCH', columnPath('name'), { enabled: false }),
		);
		expect(items[0].json).toMatchObject({ column: 'name', enabled: false, hashed: false });
	});
});

describe('Get Table Columns', () => {
	it('outputs one item per source column, paired with the input item', async () => {
		const { items } = await runSchema(
			emu,
			'getTableColumns',
			target(connection.id, 'public', 'orders'),
		);

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'GET', `${schemasPath()}/public/tables/orders/columns`),
		);
		expect(jsonOf(items).map((column) => column.name)).toEqual([
			'id',
			'name',
			'email',
			'created_at',
			'updated_at',
		]);
		expect(items[0].json).toEqual({
			name: 'id',
			schema: 'public',
			table: 'orders',
			name_in_destination: 'id',
			enabled: true,
			hashed: false,
			is_primary_key: true,
			enabled_patch_settings: {
				allowed: false,
				reason_code: 'OTHER',
				reason: 'Primary key columns cannot be disabled',
			},
		});
		expect(pairedOf(items).every((paired) => JSON.stringify(paired) === '{"item":0}')).toBe(true);
	});
});

describe('Drop Blocked Columns', () => {
	it('posts the blocked columns of the table; they are gone from the source columns', async () => {
		blockColumn(connection, 'public', 'order_items', 'email');
		blockColumn(connection, 'public', 'order_items', 'name');

		const { items } = await runSchema(emu, 'dropBlockedColumns', {
			...target(connection.id, 'public', 'order_items'),
			columnNames: [' email', 'name'],
		});

		expect(onlyRequest(emu)).toEqual(
			expectedRequest(emu, 'POST', `${schemasPath()}/drop-columns`, {
				schemas: { public: { tables: { order_items: { columns: ['email', 'name'] } } } },
			}),
		);
		expect(jsonOf(items)).toEqual([
			{
				success: true,
				id: connection.id,
				message: 'Column(s) successfully marked for deletion',
				schema: 'public',
				table: 'order_items',
				droppedColumns: ['email', 'name'],
			},
		]);

		emu.requestLog.clear();
		const after = await runSchema(
			emu,
			'getTableColumns',
			target(connection.id, 'public', 'order_items'),
		);
		expect(jsonOf(after.items).map((column) => column.name)).toEqual([
			'id',
			'created_at',
			'updated_at',
		]);
	});
});

describe('names', () => {
	it('are sent encoded as one path segment each', async () => {
		const { error } = await runSchema(
			emu,
			'disableTable',
			target(connection.id, 'my schema/x', 'a?b#c'),
		);

		expect(onlyRequest(emu).path).toBe(`${schemasPath()}/my%20schema%2Fx/tables/a%3Fb%23c`);
		expect(error?.message).toBe(
			"Fivetran: Schema 'my schema/x' does not exist in the schema config [NotFound_SchemaConfig]",
		);
	});

	it('are case-sensitive: Fivetran answers 404 for another case', async () => {
		const { error } = await runSchema(emu, 'disableSchema', target(connection.id, 'Public'));

		expect(error?.httpCode).toBe('404');
		expect(configOf(connection).schemas.public.enabled).toBe(true);
	});
});
