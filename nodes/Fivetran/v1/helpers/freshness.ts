/**
 * Check Freshness, as pure functions: one verdict per connection, shaped for an IF or Switch
 * node (peers.md section 3, idea 9). The status answers "can I use this data, and if not, why":
 *
 *   paused        the connection is paused (whatever the age of its data)
 *   broken        setup is broken or incomplete: someone must act in Fivetran
 *   never_synced  no successful sync yet (and none running)
 *   fresh         the last successful sync ended within the maximum age
 *   syncing       stale (or never synced), but a sync is running now
 *   stale         older than the maximum age, nothing running
 *
 * `fresh` (boolean) is the age check alone, for workflows that only care about the data.
 */
import type { IDataObject } from 'n8n-workflow';

import { readSnapshot } from '../../../shared/syncHistory/snapshot';

export type FreshnessStatus = 'fresh' | 'stale' | 'paused' | 'broken' | 'never_synced' | 'syncing';

const MINUTE_MS = 60_000;

function freshnessStatus(
	snapshot: ReturnType<typeof readSnapshot>,
	ageMs: number | null,
	maxAgeMs: number,
): FreshnessStatus {
	if (snapshot.paused) return 'paused';
	if (snapshot.setupState === 'broken' || snapshot.setupState === 'incomplete') return 'broken';
	if (ageMs !== null && ageMs <= maxAgeMs) return 'fresh';
	if (snapshot.syncState === 'syncing') return 'syncing';
	return ageMs === null ? 'never_synced' : 'stale';
}

/** The verdict for one connection record at `nowMs`. */
export function connectionFreshness(
	connection: IDataObject,
	nowMs: number,
	maxAgeMinutes: number,
): IDataObject {
	const snapshot = readSnapshot(connection, '');
	// A success stamped slightly in the future (clock skew) counts as age 0.
	const ageMs = snapshot.succeededAt === null ? null : Math.max(0, nowMs - snapshot.succeededAt);
	const maxAgeMs = maxAgeMinutes * MINUTE_MS;
	return {
		connectionId: snapshot.id,
		schema: connection.schema ?? null,
		groupId: connection.group_id ?? null,
		service: connection.service ?? null,
		status: freshnessStatus(snapshot, ageMs, maxAgeMs),
		fresh: ageMs !== null && ageMs <= maxAgeMs,
		lastSuccessAt: connection.succeeded_at ?? null,
		lastFailureAt: connection.failed_at ?? null,
		ageMinutes: ageMs === null ? null : Math.round((ageMs / MINUTE_MS) * 10) / 10,
		maxAgeMinutes,
		syncState: snapshot.syncState,
		setupState: snapshot.setupState,
		paused: snapshot.paused,
		checkedAt: new Date(nowMs).toISOString(),
	};
}

/** IDs typed as a list: commas, spaces or new lines between them; duplicates dropped. */
export function parseConnectionIds(text: string): string[] {
	const ids = text
		.split(/[\s,]+/)
		.map((id) => id.trim())
		.filter((id) => id !== '');
	return [...new Set(ids)];
}

/** The maximum age as a positive number of minutes (throws a message for the user). */
export function requireMaxAge(value: unknown): number {
	const minutes = Number(value);
	if (!Number.isFinite(minutes) || minutes <= 0) {
		throw new Error('Max Age must be a number of minutes greater than 0');
	}
	return minutes;
}
