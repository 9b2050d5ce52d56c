/**
 * A table's row filter (Enable Table) and a column's target data type (Enable Column), as the
 * 2026-09 definition's schema-config PATCHes take them: row_filter absent = unchanged, null =
 * removed, object = created or replaced; target_data_type one of the enum, null = default.
 */
import type { Emulator } from '../../emulator';
import type { ConnectionRecord } from '../../emulator/state';
import { onlyRequest, useEmulator } from '../../harness';
import { configOf, connectedPostgres, runSchema, target } from './schemaKit';

let emu: Emulator;
let connection: ConnectionRecord;

useEmulator({ connections: 1 }, (started) => {
	emu = started;
});

beforeEach(() => {
	connection = connectedPostgres(emu);
	emu.requestLog.clear();
});

const US_ONLY = {
	name: 'US orders',
	description: 'Only orders shipped to the US',
	column_clauses: [
		{ column: 'country', operator: 'EQUALS', values: ['US'], column_type: 'STRING' },
	],
};

const orders = () => configOf(connection).schemas.public.tables.orders;

async function enableOrders(options: Record<string, unknown>) {
	return await runSchema(emu, 'enableTable', {
		...target(connection.id, 'public', 'orders'),
		options: options as never,
	});
}

describe('Enable Table: row filter', () => {
	it('sets a row filter from JSON and outputs it with row_filtering_supported', async () => {
		const { items, error } = await enableOrders({ rowFilter: JSON.stringify(US_ONLY) });
		expect(error).toBeUndefined();
		expect(onlyRequest(emu).body).toEqual({ row_filter: US_ONLY, enabled: true });
		expect(orders().row_filter).toEqual(US_ONLY);
		expect(items[0].json).toMatchObject({
			table: 'orders',
			row_filtering_supported: true,
			row_filter: US_ONLY,
		});
	});

	it('leaves the filter unchanged when no row filter option is set', async () => {
		orders().row_filter = US_ONLY;
		const { items } = await enableOrders({ syncMode: 'LIVE' });
		expect(onlyRequest(emu).body).toEqual({ sync_mode: 'LIVE', enabled: true });
		expect(items[0].json.row_filter).toEqual(US_ONLY);
	});

	it('removes the filter with null', async () => {
		orders().row_filter = US_ONLY;
		const { items } = await enableOrders({ removeRowFilter: true });
		expect(onlyRequest(emu).body).toEqual({ row_filter: null, enabled: true });
		expect(orders().row_filter).toBeUndefined();
		expect(items[0].json).not.toHaveProperty('row_filter');
	});

	it('passes parent_table through', async () => {
		configOf(connection).schemas.public.tables.order_items.parent_table = 'orders';
		const { items } = await runSchema(
			emu,
			'enableTable',
			target(connection.id, 'public', 'order_items'),
		);
		expect(items[0].json).toMatchObject({ table: 'order_items', parent_table: 'orders' });
	});

	it.each([
		['invalid JSON', { rowFilter: '{"name": "x"' }, /'Row Filter \(JSON\)' is not valid JSON/],
		['an empty name', { rowFilter: JSON.stringify({ ...US_ONLY, name: '' }) }, /needs a "name"/],
		[
			'no clauses',
			{ rowFilter: JSON.stringify({ ...US_ONLY, column_clauses: [] }) },
			/1 to 10 clauses/,
		],
		[
			'an operator with one clause',
			{ rowFilter: JSON.stringify({ ...US_ONLY, operator: 'AND' }) },
			/"operator" is only valid with 2 or more clauses/,
		],
		[
			'a filter and Remove Row Filter',
			{ rowFilter: JSON.stringify(US_ONLY), removeRowFilter: true },
			/either 'Row Filter \(JSON\)' or 'Remove Row Filter'/,
		],
	])('refuses %s before any request', async (_label, options, message) => {
		const { error } = await enableOrders(options);
		expect(error?.message).toMatch(message);
		expect(emu.requestLog.entries).toEqual([]);
	});

	it("surfaces Fivetran's refusal on a connection without row filtering", async () => {
		connection.service = 'google_sheets';
		delete connection.schema_config;
		const [schema] = Object.keys(configOf(connection).schemas);
		const [table] = Object.keys(configOf(connection).schemas[schema].tables);
		const { error } = await runSchema(emu, 'enableTable', {
			...target(connection.id, schema, table),
			options: { rowFilter: JSON.stringify(US_ONLY) },
		});
		expect(error?.httpCode).toBe('400');
		expect(error?.message).toMatch(/Row filtering is not supported/);
	});
});

describe('Enable Column: target data type', () => {
	const enableEmail = async (targetDataType: string) =>
		await runSchema(emu, 'enableColumn', {
			...target(connection.id, 'public', 'orders', 'email'),
			options: { targetDataType },
		});

	it('sets a type and outputs it; the default option sends null and removes it', async () => {
		const set = await enableEmail('Json');
		expect(onlyRequest(emu).body).toEqual({ target_data_type: 'Json', enabled: true });
		expect(set.items[0].json).toMatchObject({ column: 'email', target_data_type: 'Json' });

		emu.requestLog.clear();
		const reverted = await enableEmail('FIVETRAN_DEFAULT');
		expect(onlyRequest(emu).body).toEqual({ target_data_type: null, enabled: true });
		expect(reverted.items[0].json).not.toHaveProperty('target_data_type');
		expect(orders().columns.email).not.toHaveProperty('target_data_type');
	});

	it('refuses a type Fivetran does not know (from an expression) before any request', async () => {
		const { error } = await enableEmail('Varchar');
		expect(error?.message).toMatch(/'Target Data Type' must be one of Unknown, Boolean/);
		expect(emu.requestLog.entries).toEqual([]);
	});
});
