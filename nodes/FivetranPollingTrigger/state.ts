/**
 * What the polling trigger keeps in `getWorkflowStaticData('node')` between polls (n8n persists
 * it for polling triggers, across restarts and deactivate/activate).
 *
 * Bounded: one small record per connection in scope (dropped when the connection leaves the
 * scope or is deleted), and per connection only the syncs that can still appear in the next
 * history window (older ones are pruned, see `pruneSeen`).
 */
import type { IDataObject } from 'n8n-workflow';

export const STATE_VERSION = 1;

/** What moved since the last poll is read from these fields of the connection. */
export interface Signature {
	succeededAt: string | null;
	failedAt: string | null;
	syncState: string | null;
	rescheduledFor: string | null;
	paused: boolean;
	setupState: string | null;
}

/** 's': its sync_start was handled; 'e': its sync_end too. `t`: end (or start while running). */
export interface SeenSync {
	phase: 's' | 'e';
	t: number;
}

export interface ConnectionState {
	signature: Signature;
	/** Syncs that end (or start) before this are older than the trigger's watch: never emitted. */
	since: number;
	/** The history window of the next read starts here (minus a clock margin). */
	cursor: number;
	seen: Record<string, SeenSync>;
}

export interface PollState {
	version: number;
	lastPollAt: number;
	connections: Record<string, ConnectionState>;
}

export function readPollState(staticData: IDataObject): PollState | undefined {
	const stored = staticData.poll as PollState | undefined;
	if (stored?.version !== STATE_VERSION || typeof stored.lastPollAt !== 'number') return undefined;
	return stored;
}

/** Written only after a poll succeeded: a failed poll leaves the previous state as it was. */
export function writePollState(staticData: IDataObject, state: PollState): void {
	staticData.poll = state as unknown as IDataObject;
}

/** Drops syncs that ended before the next window starts: no window can list them again. */
export function pruneSeen(
	seen: Record<string, SeenSync>,
	windowStart: number,
): Record<string, SeenSync> {
	return Object.fromEntries(Object.entries(seen).filter(([, sync]) => sync.t >= windowStart));
}
