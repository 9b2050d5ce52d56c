/**
 * The poll loop: sleeps at the poll interval (the transport's injectable runtime, i.e. `sleep`
 * from n8n-workflow; tests replace it so nothing sleeps for real), reads the sync history (or
 * the connection when there is no usable history) once per interval, and applies the
 * rescheduled policy. One poll is one request while the sync runs: never a busy loop.
 */
import type { INode } from 'n8n-workflow';

import { transportRuntime } from '../../../../shared/transport';
import { isTransientApiError, type ConnectionApi } from './api';
import { failureDetails, fivetranReason, syncWaitError } from './failure';
import { HistoryFollower, type HistoryEntry, type HistoryStep } from '../../../../shared/syncHistory/history';
import { onRescheduled } from './policies';
import type { SyncFacts } from './result';
import type { WaitSettings } from './settings';
import type { ConnectionSnapshot } from '../../../../shared/syncHistory/snapshot';
import { latest, timestampBaseline, timestampVerdict, type TimestampBaseline } from '../../../../shared/syncHistory/timestamps';

/** What the node knew before it asked for the sync: read once, never refreshed. */
export interface Baseline {
	snapshot: ConnectionSnapshot;
	/** Undefined when the sync history is not usable. */
	history: HistoryEntry[] | undefined;
	/** Where the history window of this wait starts (window.ts). */
	windowStartMs: number;
	/** The awaited sync was already running (nothing was requested). */
	awaitsRunning: boolean;
	/** The request does not attach to a running sync (force, re-sync): see HistoryFollower. */
	skipRunning: boolean;
}

export type CompletionFacts = Omit<SyncFacts, 'triggered' | 'resumed'>;

export interface Completion {
	snapshot: ConnectionSnapshot;
	facts: CompletionFacts;
}

type Step =
	| { kind: 'waiting' }
	| { kind: 'succeeded'; completion: Completion }
	| {
			kind: 'failed' | 'paused' | 'rescheduled';
			snapshot: ConnectionSnapshot;
			syncId: string | null;
			/** Why it failed when Fivetran's tasks would not say it. */
			why?: string;
	  };

export interface WaitTarget {
	api: ConnectionApi;
	node: INode;
	itemIndex: number;
	settings: WaitSettings;
	deadlineMs: number;
}

function historyFacts(entry: HistoryEntry): CompletionFacts {
	return {
		syncId: entry.syncId,
		startedAt: entry.startedAt,
		finishedAt: entry.endedAt,
		detectedBy: 'syncHistory',
		syncStatus: entry.status,
		reason: entry.reason,
		volumesMb: entry.volumesMb,
	};
}

/** The fallback knows only when the sync ended: everything else is null. */
function timestampFacts(snapshot: ConnectionSnapshot): CompletionFacts {
	const finishedAt = (snapshot.record.succeeded_at as string | undefined) ?? null;
	return {
		syncId: null,
		startedAt: null,
		finishedAt,
		detectedBy: 'timestamps',
		syncStatus: null,
		reason: null,
		volumesMb: null,
	};
}

/**
 * The history follower of a wait, or undefined when the history cannot identify the sync: when
 * awaiting a running sync that the baseline history does not list, the timestamps decide.
 */
function followerOf(baseline: Baseline, latestStamp: number | null): HistoryFollower | undefined {
	const follower = new HistoryFollower(baseline.history ?? [], {
		awaitsRunning: baseline.awaitsRunning ? { endedAfter: latestStamp } : undefined,
		skipRunning: baseline.skipRunning,
	});
	return baseline.awaitsRunning && follower.candidates === 0 ? undefined : follower;
}

export class SyncWait {
	private readonly follower: HistoryFollower | undefined;
	private readonly stamps: TimestampBaseline;
	private readonly baselineSnapshot: ConnectionSnapshot;
	private readonly windowStartMs: number;
	/** Set when the history stops being usable mid-wait: timestamps decide from then on. */
	private historyLost = false;
	/** The last API trouble a poll survived, named in the timeout error. */
	private lastTransient: string | undefined;
	/** rescheduled_for values already re-triggered (timestamp mode sees them on every poll). */
	private readonly retriggered = new Set<number>();

	constructor(
		private readonly target: WaitTarget,
		baseline: Baseline,
	) {
		this.stamps = timestampBaseline(baseline.snapshot);
		this.follower = baseline.history && followerOf(baseline, latest(this.stamps));
		this.baselineSnapshot = baseline.snapshot;
		this.windowStartMs = baseline.windowStartMs;
	}

	private get usesHistory(): boolean {
		return this.follower !== undefined && !this.historyLost;
	}

	async untilDone(): Promise<Completion> {
		const { settings, deadlineMs } = this.target;
		const runtime = transportRuntime;
		const interval = settings.pollIntervalMs;
		// Polls keep to a fixed cadence from the start of the wait, so answer latency does not
		// push every later poll back; after a poll slower than a whole interval (e.g. waiting
		// out a 429) the next one is a full interval later: never a burst of catch-up polls.
		let nextPollAt = runtime.now() + interval;
		for (;;) {
			const now = runtime.now();
			if (nextPollAt < now) nextPollAt = now + interval;
			const remaining = deadlineMs - now;
			if (remaining <= 0) throw await this.timeoutError();
			await runtime.sleep(Math.min(nextPollAt - now, remaining));
			nextPollAt += interval;
			const step = await this.poll().catch((error: unknown) => {
				// Transient trouble after the transport's retries is a missed poll, not a failed sync.
				if (!isTransientApiError(error)) throw error;
				this.lastTransient = (error as Error).message;
				return undefined;
			});
			if (step === undefined) continue;
			if (step.kind === 'succeeded') return step.completion;
			if (step.kind !== 'waiting') await this.settle(step);
		}
	}

	private async poll(): Promise<Step> {
		const { api } = this.target;
		if (this.usesHistory) {
			const entries = await api.history(this.windowStartMs);
			if (entries !== undefined)
				return await this.fromHistory((this.follower as HistoryFollower).follow(entries));
			this.historyLost = true;
		}
		const snapshot = await api.get();
		return this.fromTimestamps(snapshot);
	}

	private fromTimestamps(snapshot: ConnectionSnapshot): Step {
		const verdict = timestampVerdict(this.stamps, snapshot);
		if (verdict === 'waiting') return { kind: 'waiting' };
		if (verdict === 'succeeded') {
			return { kind: 'succeeded', completion: { snapshot, facts: timestampFacts(snapshot) } };
		}
		return { kind: verdict, snapshot, syncId: null };
	}

	private async fromHistory(step: HistoryStep): Promise<Step> {
		if (step.kind === 'waiting') return { kind: 'waiting' };
		// A transition: read the connection once for its state, timestamps and tasks.
		const snapshot = await this.target.api.get();
		const { entry } = step;
		const syncId = entry.syncId;
		const said = (what: string) => `${what}${entry.reason === null ? '' : `: ${entry.reason}`}`;
		if (step.kind === 'rescheduled' || step.kind === 'paused') {
			return { kind: step.kind, snapshot, syncId };
		}
		if (step.kind === 'canceled') {
			// Still syncing: the sync that replaces it is not listed yet (the next poll follows it).
			if (snapshot.syncState === 'syncing') return { kind: 'waiting' };
			const why = said('Fivetran canceled the sync and started no other in its place');
			return { kind: 'failed', snapshot, syncId, why };
		}
		// INCOMPLETE or a status we cannot read: success only when the timestamps prove it.
		const outcome = step.phase === 'ended' ? timestampVerdict(this.stamps, snapshot) : step.phase;
		if (outcome === 'succeeded') {
			return { kind: 'succeeded', completion: { snapshot, facts: historyFacts(entry) } };
		}
		const why =
			step.phase === 'ended' ? said(`Fivetran reported the sync as ${entry.status}`) : undefined;
		return { kind: 'failed', snapshot, syncId, why: why ?? entry.reason ?? undefined };
	}

	/** Failed, paused or rescheduled: throw, keep waiting, or re-trigger per the policy. */
	private async settle(step: Exclude<Step, { kind: 'waiting' | 'succeeded' }>): Promise<void> {
		const { api, node, itemIndex, settings, deadlineMs } = this.target;
		const { snapshot, syncId } = step;
		const fail = (message: string, reason: string) =>
			syncWaitError(node, itemIndex, message, failureDetails(snapshot, reason, syncId));
		if (step.kind === 'failed') {
			const reason = step.why ?? fivetranReason(snapshot) ?? 'Fivetran reported the sync as failed';
			throw fail(`The sync of connection '${api.connectionId}' failed: ${reason}`, reason);
		}
		if (step.kind === 'paused') {
			const reason = 'The connection was paused while the node waited for its sync';
			throw fail(`Connection '${api.connectionId}' was paused during the sync`, reason);
		}
		const action = onRescheduled(settings.rescheduledPolicy, snapshot, deadlineMs);
		if (action.kind === 'fail')
			throw fail(`${action.why} (connection '${api.connectionId}')`, action.why);
		if (action.kind === 'wait' || this.retriggered.has(action.atMs)) return;
		this.retriggered.add(action.atMs);
		// Sleeping until rescheduled_for (within the deadline) is the one wait without polls.
		const runtime = transportRuntime;
		const untilResume = action.atMs - runtime.now();
		if (untilResume > 0) await runtime.sleep(untilResume);
		await api.trigger('sync', false);
	}

	private async timeoutError(): Promise<Error> {
		const { api, node, itemIndex, settings } = this.target;
		// The details show the connection now; if even that read fails, as it was at the start.
		const snapshot = await api.get().catch(() => this.baselineSnapshot);
		const minutes = Math.round((settings.timeoutMs / 60_000) * 100) / 100;
		const parts = [
			`Timed out after ${minutes} min waiting for the sync of connection '${api.connectionId}'`,
		];
		if (snapshot.syncState === 'rescheduled' && snapshot.scheduleType === 'manual') {
			parts.push(
				'the sync is rescheduled and the schedule is manual, so Fivetran does not resume it by itself: choose "Re-Trigger After Rescheduled Time" under "When Rescheduled"',
			);
		}
		if (this.lastTransient !== undefined)
			parts.push(`last API error while polling: ${this.lastTransient}`);
		const reason = parts.join('; ');
		return syncWaitError(
			node,
			itemIndex,
			reason,
			failureDetails(snapshot, reason, this.follower?.syncId ?? null),
		);
	}
}
