/**
 * Get Warnings / Dismiss Warning (private preview) and Move / Get Move Status, through n8n-core
 * against the emulator (2026-09 definition: connection_warnings, dismiss_connection_warning,
 * connection_moved, connection_moved_job_status).
 */
import { addConnectionWarning, WARNINGS_PREVIEW } from '../../emulator/routes/connections';
import { byId, outputJson, sent, startConnectionKit, type ConnectionKit } from './kit';

let kit: ConnectionKit;

beforeAll(async () => {
	kit = await startConnectionKit();
});

afterAll(async () => await kit.close());

afterEach(() => kit.emu.state.previewFeatures.clear());

const AT = '2026-01-01T00:00:00.000Z';

async function connectionWithWarnings(): Promise<string> {
	const id = String((await kit.createConnection()).id);
	const state = kit.emu.state;
	addConnectionWarning(state, id, {
		schema: 'public',
		table: 'orders',
		code: 'resync_table_warning',
		message: 'Resync Table Warning',
		error_message: 'Table orders needs a re-sync',
		created_at: AT,
	});
	addConnectionWarning(state, id, {
		schema: 'public',
		table: 'orders',
		code: 'type_coercion_to_null_warning',
		message: 'Type Coercion Warning',
		created_at: AT,
	});
	addConnectionWarning(state, id, {
		code: 'resync_table_warning',
		message: 'Resync Table Warning',
		created_at: AT,
	});
	return id;
}

describe('Get Warnings', () => {
	it('outputs one item per warning with its schema and table', async () => {
		kit.emu.state.previewFeatures.add(WARNINGS_PREVIEW);
		const id = await connectionWithWarnings();
		const result = await kit.run('getWarnings', { connectionId: byId(id), returnAll: true });
		expect(sent(kit)).toEqual(['GET', `/v1/connections/${id}/warnings`, undefined]);
		expect(kit.requests()[0].query).toEqual({});
		expect(outputJson(result, [0, 0, 0])).toEqual([
			{
				schema: 'public',
				table: 'orders',
				code: 'resync_table_warning',
				message: 'Resync Table Warning',
				error_message: 'Table orders needs a re-sync',
				created_at: AT,
			},
			{
				schema: 'public',
				table: 'orders',
				code: 'type_coercion_to_null_warning',
				message: 'Type Coercion Warning',
				created_at: AT,
			},
			{ code: 'resync_table_warning', message: 'Resync Table Warning', created_at: AT },
		]);
	});

	it('follows next_cursor and stops at Limit', async () => {
		kit.emu.state.previewFeatures.add(WARNINGS_PREVIEW);
		const id = String((await kit.createConnection()).id);
		// 101 tables: more than the default page of 100.
		for (let table = 0; table <= 100; table++) {
			addConnectionWarning(kit.emu.state, id, {
				schema: 's',
				table: `t${table}`,
				code: 'resync_table_warning',
				message: 'Resync Table Warning',
				created_at: AT,
			});
		}
		const all = await kit.run('getWarnings', { connectionId: byId(id), returnAll: true });
		expect(all.items.map((item) => item.json.table)).toHaveLength(101);
		expect(kit.requests()).toHaveLength(2);
		expect(Object.keys(kit.requests()[1].query)).toEqual(['cursor']);

		const some = await kit.run('getWarnings', { connectionId: byId(id), limit: 3 });
		expect(some.items.map((item) => item.json.table)).toEqual(['t0', 't1', 't2']);
		expect(kit.requests()).toHaveLength(1);
	});

	it('says that the account must be allowlisted when Fivetran refuses', async () => {
		const id = await connectionWithWarnings();
		const result = await kit.run('getWarnings', { connectionId: byId(id), returnAll: true });
		expect(result.error?.httpCode).toBe('403');
		expect(result.error?.message).toMatch(
			/private preview: the Fivetran account must be allowlisted/,
		);
		expect(result.error?.description).toMatch(/Ask Fivetran support to allowlist the account/);
	});
});

describe('Dismiss Warning', () => {
	it('dismisses every active warning of the type and says so', async () => {
		kit.emu.state.previewFeatures.add(WARNINGS_PREVIEW);
		const id = await connectionWithWarnings();
		const result = await kit.run('dismissWarning', {
			connectionId: byId(id),
			warningType: 'resync_table_warning',
		});
		expect(sent(kit)).toEqual([
			'DELETE',
			`/v1/connections/${id}/warnings/resync_table_warning`,
			undefined,
		]);
		expect(outputJson(result)[0]).toMatchObject({
			success: true,
			id,
			warningType: 'resync_table_warning',
		});
		const left = await kit.run('getWarnings', { connectionId: byId(id), returnAll: true });
		expect(left.items.map((item) => item.json.code)).toEqual(['type_coercion_to_null_warning']);
	});

	it('refuses an empty warning type before any request', async () => {
		const id = String((await kit.createConnection()).id);
		const result = await kit.run('dismissWarning', { connectionId: byId(id), warningType: ' ' });
		expect(result.error?.message).toMatch(/Enter a Warning Type/);
		expect(kit.requests()).toEqual([]);
	});

	it('says that the account must be allowlisted when Fivetran refuses', async () => {
		const id = await connectionWithWarnings();
		const result = await kit.run('dismissWarning', {
			connectionId: byId(id),
			warningType: 'resync_table_warning',
		});
		expect(result.error?.message).toMatch(/private preview/);
	});
});

describe('Move and Get Move Status', () => {
	async function otherGroup(name: string): Promise<string> {
		return String((await kit.call('POST', '/v1/groups', { name })).body.data?.id);
	}

	it('moves a paused connection (Continue) and outputs what Fivetran answers', async () => {
		const id = String((await kit.createConnection({ paused: true })).id);
		const target = await otherGroup('move_continue');
		const result = await kit.run('move', {
			connectionId: byId(id),
			destinationGroupId: byId(target),
		});
		expect(sent(kit)).toEqual([
			'POST',
			`/v1/connections/${id}/move`,
			{ destination_group_id: target, sync_behavior: 'CONTINUE' },
		]);
		expect(outputJson(result)[0]).toEqual({
			connection_id: id,
			source_group_id: kit.groupId,
			destination_group_id: target,
			sync_behavior: 'CONTINUE',
			moved_at: AT,
		});
		expect(kit.emu.state.connections.get(id)?.group_id).toBe(target);
	});

	it('refuses a running connection and says to pause it first', async () => {
		const id = String((await kit.createConnection()).id);
		const target = await otherGroup('move_running');
		const result = await kit.run('move', {
			connectionId: byId(id),
			destinationGroupId: byId(target),
			syncBehavior: 'BACKFILL',
		});
		expect(result.error?.httpCode).toBe('409');
		expect(result.error?.description).toMatch(
			/must be paused before it is moved \(use Pause first\)/,
		);
		expect(kit.emu.state.connections.get(id)?.group_id).toBe(kit.groupId);
	});

	it('sends force_move for a connector whose credentials reference its group', async () => {
		const id = String(
			(
				await kit.createConnection({
					paused: true,
					config: { schema: 'pg_iam', host: 'db', external_id: 'group_external_id' },
				})
			).id,
		);
		const target = await otherGroup('move_forced');
		const refused = await kit.run('move', {
			connectionId: byId(id),
			destinationGroupId: byId(target),
		});
		expect(refused.error?.message).toMatch(/force_move/);
		const moved = await kit.run('move', {
			connectionId: byId(id),
			destinationGroupId: byId(target),
			options: { forceMove: true },
		});
		expect(sent(kit)[2]).toEqual({
			destination_group_id: target,
			sync_behavior: 'CONTINUE',
			force_move: true,
		});
		expect(outputJson(moved)[0]).toMatchObject({ destination_group_id: target });
	});

	it('follows a Continue With Data job to SUCCESS with Get Move Status', async () => {
		const id = String((await kit.createConnection({ paused: true })).id);
		const target = await otherGroup('move_with_data');
		const moved = await kit.run('move', {
			connectionId: byId(id),
			destinationGroupId: byId(target),
			syncBehavior: 'CONTINUE_WITH_DATA',
		});
		const [answer] = outputJson(moved);
		expect(answer).not.toHaveProperty('moved_at');
		const jobId = String(answer.job_id);

		const pending = await kit.run('getMoveStatus', { connectionId: byId(id), jobId });
		expect(sent(kit)).toEqual(['GET', `/v1/connections/${id}/move/${jobId}`, undefined]);
		expect(outputJson(pending)[0]).toMatchObject({ id: jobId, status: 'PENDING' });

		await kit.emu.clock.advance(10 * 60_000);
		const done = await kit.run('getMoveStatus', { connectionId: byId(id), jobId });
		expect(outputJson(done)[0]).toMatchObject({
			id: jobId,
			status: 'SUCCESS',
			connection_id: id,
			source_group_id: kit.groupId,
			destination_group_id: target,
		});
		expect(kit.emu.state.connections.get(id)?.group_id).toBe(target);
	});

	it('refuses an empty Job ID before any request', async () => {
		const id = String((await kit.createConnection()).id);
		const result = await kit.run('getMoveStatus', { connectionId: byId(id), jobId: '  ' });
		expect(result.error?.message).toMatch(/Enter the Job ID that Move output/);
		expect(kit.requests()).toEqual([]);
	});
});
