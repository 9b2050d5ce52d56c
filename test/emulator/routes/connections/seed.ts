/**
 * Bulk seeding of connections for scale tests: deterministic for a given `rng`, and fast
 * (plain object construction, no schema config or sync bookkeeping until first used).
 */
import { CATALOG_SERVICE_IDS } from '../../catalog/connectorTypes';
import { track } from '../../pagination';
import { isoTime } from '../../respond';
import { pick } from '../../seed';
import type { ConnectionStatus, EmulatorState, GroupRecord } from '../../state';
import type { Rng } from '../../types';
import { SYNC_FREQUENCIES } from './fields';
import { buildConnection } from './record';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * `isoTime` of times rounded down to `stepMs`, memoised: formatting dates dominates seeding
 * 100,000 connections, and a few thousand distinct values are varied enough.
 */
function roundedIsoTimes(stepMs: number): (ms: number) => string {
	const cache = new Map<number, string>();
	return (ms) => {
		const rounded = ms - (ms % stepMs);
		let iso = cache.get(rounded);
		if (iso === undefined) {
			iso = isoTime(rounded);
			cache.set(rounded, iso);
		}
		return iso;
	};
}

function seedGroups(state: EmulatorState, now: number): GroupRecord[] {
	if (state.groups.size === 0) {
		const group = track<GroupRecord>({
			id: state.newId(),
			name: 'seeded_destination',
			created_at: isoTime(now),
		});
		state.groups.set(group.id, group);
	}
	return [...state.groups.values()];
}

/** Mostly healthy connections; a few paused, broken or never set up, as in a real account. */
function setupStateFor(roll: number): ConnectionStatus['setup_state'] {
	if (roll < 0.05) return 'broken';
	if (roll < 0.1) return 'incomplete';
	return 'connected';
}

export function seedConnections(state: EmulatorState, count: number, rng: Rng, now: number): void {
	const groups = seedGroups(state, now);
	// Fivetran's `connected_by` is required (connection_details): the user who set it up.
	const connectedBy = state.users.keys().next().value ?? null;
	const hourIso = roundedIsoTimes(HOUR_MS);
	const minuteIso = roundedIsoTimes(MINUTE_MS);
	for (let i = 0; i < count; i++) {
		const service = pick(rng, CATALOG_SERVICE_IDS);
		const setupState = setupStateFor(rng());
		const connection = buildConnection(state, {
			groupId: pick(rng, groups).id,
			service,
			schema: `${service}_${i}`,
			config: { schema: `${service}_${i}` },
			connectedBy,
			setupState,
			fields: {
				paused: rng() < 0.1,
				sync_frequency: pick(rng, SYNC_FREQUENCIES),
				schedule_type: rng() < 0.8 ? 'auto' : 'manual',
			},
			createdAt: hourIso(now - Math.floor(rng() * 90 * DAY_MS)),
		});
		if (setupState === 'connected')
			connection.succeeded_at = minuteIso(now - Math.floor(rng() * DAY_MS));
		if (setupState === 'broken') {
			connection.failed_at = minuteIso(now - Math.floor(rng() * DAY_MS));
			connection.status.tasks = [{ code: 'reconnect', message: 'Reconnect' }];
		}
		state.connections.set(connection.id, track(connection));
	}
}
