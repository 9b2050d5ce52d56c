/**
 * What to do before and during the wait, as pure decisions: the policies of peers.md section 3
 * idea 3, each an explicit node option with a safe default and no hidden side effect. Nothing
 * here ever changes the connection's schedule type.
 */
import type { WaitSettings } from './settings';
import type { ConnectionSnapshot } from '../../../../shared/syncHistory/snapshot';

export type SyncKind = 'sync' | 'resync';

export type StartPlan =
	| { kind: 'fail'; reason: 'broken' | 'paused' }
	| { kind: 'skip' }
	| {
			kind: 'start';
			/** PATCH paused=false first (policy "Resume It First"). */
			resume: boolean;
			/** Wait for the sync that is already running before anything else. */
			waitForRunning: boolean;
			/** Ask Fivetran for a sync (or re-sync); false when the running sync is the one awaited. */
			trigger: boolean;
			/** `force: true` stops the running sync and starts a new one. */
			force: boolean;
	  };

const BROKEN_SETUP_STATES = new Set(['broken', 'incomplete']);

export function planStart(
	snapshot: ConnectionSnapshot,
	settings: Pick<WaitSettings, 'pausedPolicy' | 'syncingPolicy'>,
	kind: SyncKind,
): StartPlan {
	if (snapshot.setupState !== null && BROKEN_SETUP_STATES.has(snapshot.setupState)) {
		return { kind: 'fail', reason: 'broken' };
	}
	if (snapshot.paused) {
		if (settings.pausedPolicy === 'fail') return { kind: 'fail', reason: 'paused' };
		if (settings.pausedPolicy === 'skip') return { kind: 'skip' };
	}
	const resume = snapshot.paused;
	const syncing = snapshot.syncState === 'syncing';
	if (kind === 'resync') {
		// Fivetran completes a running sync before it re-syncs, and refuses the re-sync (409) when
		// that sync fails (resync_connection): waiting for it first, then asking, gets the same
		// re-sync, never the 409, and tells the re-sync apart from the sync before it.
		return { kind: 'start', resume, waitForRunning: syncing, trigger: true, force: false };
	}
	const waitsForRunning = syncing && settings.syncingPolicy === 'wait';
	return {
		kind: 'start',
		resume,
		waitForRunning: false,
		trigger: !waitsForRunning,
		force: syncing && settings.syncingPolicy === 'restart',
	};
}

export type RescheduledAction =
	{ kind: 'fail'; why: string } | { kind: 'wait' } | { kind: 'retrigger'; atMs: number };

/** The answer to a sync that Fivetran rescheduled (source quota, source errors). */
export function onRescheduled(
	policy: WaitSettings['rescheduledPolicy'],
	snapshot: Pick<ConnectionSnapshot, 'rescheduledFor' | 'scheduleType'>,
	deadlineMs: number,
): RescheduledAction {
	const until =
		snapshot.rescheduledFor === null
			? ''
			: ` until ${new Date(snapshot.rescheduledFor).toISOString()}`;
	if (policy === 'fail') return { kind: 'fail', why: `Fivetran rescheduled the sync${until}` };
	if (snapshot.rescheduledFor !== null && snapshot.rescheduledFor > deadlineMs) {
		return {
			kind: 'fail',
			why: `Fivetran rescheduled the sync${until}, which is after the timeout of this wait`,
		};
	}
	// With a manual schedule Fivetran does not resume a rescheduled sync by itself: the sync
	// endpoint is the only way it runs (fivetran-api.md 3.3).
	if (
		policy === 'retrigger' &&
		snapshot.scheduleType === 'manual' &&
		snapshot.rescheduledFor !== null
	) {
		return { kind: 'retrigger', atMs: snapshot.rescheduledFor };
	}
	return { kind: 'wait' };
}
