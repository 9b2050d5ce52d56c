/**
 * The emulator's September 2026 connection routes and their rules, each from the definition
 * (../shared/spec/2026-09/connections): warnings (private preview), move and move jobs, and the
 * schema config's row_filter / target_data_type.
 */
import { startTestApi, type TestApi } from './connectionsTestKit';
import { addConnectionWarning, WARNINGS_PREVIEW } from './routes/connections';
import type { JsonObject } from './types';

let api: TestApi;
let id: string;
beforeAll(async () => {
	api = await startTestApi();
});
beforeEach(async () => {
	id = String((await api.createConnection()).id);
});
afterEach(() => api.emu.state.previewFeatures.clear());
afterAll(() => api.close());

const clause = (operator: string, columnType: string, values: string[]) => ({
	column: 'c',
	operator,
	values,
	column_type: columnType,
});
const filter = (...clauses: JsonObject[]) => ({
	name: 'f',
	description: 'd',
	column_clauses: clauses,
});

describe('warnings (private preview)', () => {
	it('answers 403 unless the account is allowlisted', async () => {
		expect((await api.call('GET', `/v1/connections/${id}/warnings`)).status).toBe(403);
		expect(
			(await api.call('DELETE', `/v1/connections/${id}/warnings/resync_table_warning`)).status,
		).toBe(403);
	});

	it('groups by table and dismisses one registered type; an unknown type is 400', async () => {
		api.emu.state.previewFeatures.add(WARNINGS_PREVIEW);
		const at = '2026-01-01T00:00:00.000Z';
		addConnectionWarning(api.emu.state, id, {
			code: 'resync_table_warning',
			message: 'm',
			created_at: at,
		});
		const list = await api.call('GET', `/v1/connections/${id}/warnings`);
		expect(list.body.data).toEqual({
			items: [{ warnings: [{ code: 'resync_table_warning', message: 'm', created_at: at }] }],
		});
		const unknown = await api.call('DELETE', `/v1/connections/${id}/warnings/made_up_warning`);
		expect(unknown.status).toBe(400);
		const dismissed = await api.call(
			'DELETE',
			`/v1/connections/${id}/warnings/resync_table_warning`,
		);
		expect(dismissed.body).toEqual({ code: 'Success', message: expect.any(String) });
		expect((await api.call('GET', `/v1/connections/${id}/warnings`)).body.data).toEqual({
			items: [],
		});
	});
});

describe('move', () => {
	it('refuses a connection that is not paused, the same group and an unknown group', async () => {
		const other = String(
			(await api.call('POST', '/v1/groups', { name: 'other_move' })).body.data?.id,
		);
		const running = await api.call('POST', `/v1/connections/${id}/move`, {
			destination_group_id: other,
		});
		expect(running.status).toBe(409);
		await api.call('PATCH', `/v1/connections/${id}`, { paused: true });
		const same = await api.call('POST', `/v1/connections/${id}/move`, {
			destination_group_id: api.groupId,
		});
		expect(same.status).toBe(400);
		const missing = await api.call('POST', `/v1/connections/${id}/move`, {
			destination_group_id: 'nope',
		});
		expect(missing.status).toBe(404);
		const badBehavior = await api.call('POST', `/v1/connections/${id}/move`, {
			destination_group_id: other,
			sync_behavior: 'TELEPORT',
		});
		expect(badBehavior.status).toBe(400);
	});

	it('a job id of another connection is 404', async () => {
		expect((await api.call('GET', `/v1/connections/${id}/move/move_nope`)).status).toBe(404);
	});
});

describe('row_filter and target_data_type', () => {
	const tablePath = () => `/v1/connections/${id}/schemas/public/tables/orders`;

	it.each([
		['a comparison with two values', filter(clause('EQUALS', 'STRING', ['a', 'b']))],
		['IN without values', filter(clause('IN', 'LONG', []))],
		['IS_NULL with a value', filter(clause('IS_NULL', 'LONG', ['1']))],
		['STARTS_WITH on a number', filter(clause('STARTS_WITH', 'LONG', ['1']))],
		['IN on a date', filter(clause('IN', 'DATE', ['2024-01-01']))],
		['a comparison on a boolean', filter(clause('GREATER', 'BOOLEAN', ['true']))],
		['eleven clauses', filter(...Array.from({ length: 11 }, () => clause('IS_NULL', 'LONG', [])))],
		['OR on one clause', { ...filter(clause('IS_NULL', 'LONG', [])), operator: 'OR' }],
		['no name', { ...filter(clause('IS_NULL', 'LONG', [])), name: '' }],
	])('refuses %s with 400', async (_label, rowFilter) => {
		const answer = await api.call('PATCH', tablePath(), { enabled: true, row_filter: rowFilter });
		expect(answer.status).toBe(400);
	});

	it('answers AND by leaving operator out, OR explicitly; null deletes', async () => {
		const two = [clause('IS_NULL', 'LONG', []), clause('IN', 'STRING', ['a', 'b'])];
		const and = await api.call('PATCH', tablePath(), {
			enabled: true,
			row_filter: { ...filter(...two), operator: 'AND' },
		});
		const orders = (data: JsonObject | undefined) =>
			((data?.schemas as JsonObject).public as { tables: Record<string, JsonObject> }).tables
				.orders;
		expect(orders(and.body.data).row_filter).toEqual(filter(...two));
		const or = await api.call('PATCH', tablePath(), {
			enabled: true,
			row_filter: { ...filter(...two), operator: 'OR' },
		});
		expect(orders(or.body.data).row_filter).toEqual({ ...filter(...two), operator: 'OR' });
		const cleared = await api.call('PATCH', tablePath(), { enabled: true, row_filter: null });
		expect(orders(cleared.body.data)).not.toHaveProperty('row_filter');
	});

	it('refuses a target data type outside the enum', async () => {
		const answer = await api.call('PATCH', `${tablePath()}/columns/email`, {
			enabled: true,
			target_data_type: 'Varchar',
		});
		expect(answer.status).toBe(400);
	});
});
