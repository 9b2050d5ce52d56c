import { simplifyConnection } from '../../../nodes/Fivetran/v1/helpers/simplify';

const connection = {
	id: 'speak_inexpensive',
	group_id: 'projected_sickle',
	service: 'google_sheets',
	service_version: 1,
	schema: 'sheets_sales',
	paused: false,
	pause_after_trial: false,
	connected_by: 'user_1',
	created_at: '2026-01-01T00:00:00.000Z',
	succeeded_at: '2026-01-02T00:00:00.000Z',
	failed_at: null,
	sync_frequency: 360,
	schedule_type: 'auto',
	status: {
		setup_state: 'connected',
		sync_state: 'scheduled',
		update_state: 'on_schedule',
		is_historical_sync: false,
		tasks: [],
		warnings: [],
	},
	config: { sheet_id: 'abc', password: '******' },
};

describe('simplifyConnection', () => {
	it('keeps the summary fields in order and lifts the status fields', () => {
		const simplified = simplifyConnection(connection);
		expect(simplified).toEqual({
			id: 'speak_inexpensive',
			group_id: 'projected_sickle',
			service: 'google_sheets',
			schema: 'sheets_sales',
			paused: false,
			schedule_type: 'auto',
			sync_frequency: 360,
			setup_state: 'connected',
			sync_state: 'scheduled',
			update_state: 'on_schedule',
			succeeded_at: '2026-01-02T00:00:00.000Z',
			failed_at: null,
			created_at: '2026-01-01T00:00:00.000Z',
		});
		expect(Object.keys(simplified)).toEqual([
			'id',
			'group_id',
			'service',
			'schema',
			'paused',
			'schedule_type',
			'sync_frequency',
			'setup_state',
			'sync_state',
			'update_state',
			'succeeded_at',
			'failed_at',
			'created_at',
		]);
	});

	it('gives null for fields a record lacks (never-synced, no status)', () => {
		const simplified = simplifyConnection({ id: 'x', paused: true });
		expect(simplified.id).toBe('x');
		expect(simplified.paused).toBe(true);
		expect(simplified.succeeded_at).toBeNull();
		expect(simplified.sync_state).toBeNull();
		expect(Object.keys(simplified)).toHaveLength(13);
	});

	it('does not modify its input', () => {
		const copy = JSON.parse(JSON.stringify(connection)) as typeof connection;
		simplifyConnection(connection);
		expect(connection).toEqual(copy);
	});
});
