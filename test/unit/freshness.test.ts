import {
	connectionFreshness,
	parseConnectionIds,
	requireMaxAge,
} from '../../nodes/Fivetran/v1/helpers/freshness';

const NOW = Date.UTC(2026, 0, 1, 12);
const minutesAgo = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();

function check(fields: Record<string, unknown>, status: Record<string, unknown> = {}, maxAge = 60) {
	return connectionFreshness(
		{
			id: 'c1',
			schema: 'pg',
			group_id: 'g',
			service: 'postgres',
			paused: false,
			...fields,
			status: { setup_state: 'connected', sync_state: 'scheduled', ...status },
		},
		NOW,
		maxAge,
	);
}

describe('connectionFreshness', () => {
	it('is fresh within the max age, boundary included', () => {
		expect(check({ succeeded_at: minutesAgo(60) })).toEqual({
			connectionId: 'c1',
			schema: 'pg',
			groupId: 'g',
			service: 'postgres',
			status: 'fresh',
			fresh: true,
			lastSuccessAt: minutesAgo(60),
			lastFailureAt: null,
			ageMinutes: 60,
			maxAgeMinutes: 60,
			syncState: 'scheduled',
			setupState: 'connected',
			paused: false,
			checkedAt: new Date(NOW).toISOString(),
		});
	});

	it('is stale past the max age, or syncing when a sync runs', () => {
		expect(check({ succeeded_at: minutesAgo(61) })).toMatchObject({
			status: 'stale',
			fresh: false,
			ageMinutes: 61,
		});
		expect(check({ succeeded_at: minutesAgo(90) }, { sync_state: 'syncing' })).toMatchObject({
			status: 'syncing',
			fresh: false,
		});
		// A running sync does not hide that the data is fresh.
		expect(check({ succeeded_at: minutesAgo(5) }, { sync_state: 'syncing' }).status).toBe('fresh');
	});

	it('reports never_synced, or syncing for a first sync in progress', () => {
		expect(check({})).toMatchObject({ status: 'never_synced', fresh: false, ageMinutes: null });
		expect(check({}, { sync_state: 'syncing' }).status).toBe('syncing');
	});

	it('paused and broken come first, but "fresh" still tells the age check', () => {
		expect(check({ paused: true, succeeded_at: minutesAgo(1) })).toMatchObject({
			status: 'paused',
			fresh: true,
		});
		expect(check({ succeeded_at: minutesAgo(1) }, { setup_state: 'broken' }).status).toBe('broken');
		expect(check({}, { setup_state: 'incomplete' }).status).toBe('broken');
	});

	it('keeps a failure after the last success visible and clamps a future success to age 0', () => {
		expect(check({ succeeded_at: minutesAgo(30), failed_at: minutesAgo(10) })).toMatchObject({
			status: 'fresh',
			lastFailureAt: minutesAgo(10),
		});
		expect(check({ succeeded_at: minutesAgo(-2) }).ageMinutes).toBe(0);
		expect(check({ succeeded_at: minutesAgo(12.34) }).ageMinutes).toBe(12.3);
	});
});

describe('parseConnectionIds / requireMaxAge', () => {
	it('splits on commas, spaces and new lines and drops duplicates', () => {
		expect(parseConnectionIds(' a, b\nc  a,,')).toEqual(['a', 'b', 'c']);
		expect(parseConnectionIds('  ')).toEqual([]);
	});

	it('wants a positive number of minutes', () => {
		expect(requireMaxAge(15)).toBe(15);
		expect(requireMaxAge('2.5')).toBe(2.5);
		expect(() => requireMaxAge(0)).toThrow('Max Age');
		expect(() => requireMaxAge('x')).toThrow('Max Age');
	});
});
