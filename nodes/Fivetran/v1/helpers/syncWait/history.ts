/**
 * Completion by sync id, from GET /v1/connections/{id}/sync-history.
 *
 * The baseline is the set of syncs that had already ENDED before the node asked for its sync.
 * "This" sync is then the oldest entry not in that set: the one the node started, or the one
 * already running when the policy is to wait for it. Once found, it is followed by its id, so
 * a later sync can never be mistaken for it (peers.md section 3, idea 1).
 *
 * The node relies on `sync_id`, `status` and `start_time` only (decisions.md): when an item
 * lacks one of them, `readHistory` returns undefined and the caller falls back to timestamps.
 */
import type { IDataObject } from 'n8n-workflow';

import { parseTime } from './snapshot';

export interface HistoryEntry {
	syncId: string;
	status: string;
	startTime: number;
	startedAt: string;
	endedAt: string | null;
}

export type EntryPhase = 'running' | 'succeeded' | 'failed' | 'rescheduled' | 'canceled' | 'ended';

const SUCCEEDED = new Set(['SUCCESSFUL', 'SUCCEEDED', 'SUCCESS', 'COMPLETED']);
const FAILED = new Set(['FAILURE', 'FAILURE_WITH_TASK', 'FAILED']);
const RUNNING = new Set(['RUNNING', 'SCHEDULED', 'QUEUED', 'SYNCING', 'IN_PROGRESS']);

export function phaseOf(entry: HistoryEntry): EntryPhase {
	const status = entry.status.toUpperCase();
	if (SUCCEEDED.has(status)) return 'succeeded';
	if (FAILED.has(status)) return 'failed';
	if (status === 'RESCHEDULED') return 'rescheduled';
	if (status === 'CANCELED' || status === 'CANCELLED') return 'canceled';
	// An unknown status that has an end time has ended in a way we cannot read: the caller
	// then decides by the connection's timestamps rather than waiting forever.
	if (RUNNING.has(status) || entry.endedAt === null) return 'running';
	return 'ended';
}

/** The history items as entries, oldest first; undefined when any item lacks a checked field. */
export function readHistory(items: IDataObject[]): HistoryEntry[] | undefined {
	const entries: HistoryEntry[] = [];
	for (const item of items) {
		const startTime = parseTime(item.start_time);
		if (typeof item.sync_id !== 'string' || item.sync_id === '') return undefined;
		if (typeof item.status !== 'string' || startTime === null) return undefined;
		entries.push({
			syncId: item.sync_id,
			status: item.status,
			startTime,
			startedAt: item.start_time as string,
			endedAt: typeof item.end_time === 'string' && item.end_time !== '' ? item.end_time : null,
		});
	}
	// Stable sort: entries that started at the same time keep the API's order.
	return entries.sort((a, b) => a.startTime - b.startTime);
}

export type HistoryStep =
	| { kind: 'waiting'; entry?: HistoryEntry }
	| { kind: 'finished'; phase: 'succeeded' | 'failed' | 'ended'; entry: HistoryEntry }
	| { kind: 'canceled'; entry: HistoryEntry }
	| { kind: 'rescheduled'; entry: HistoryEntry };

export class HistoryFollower {
	private readonly settled: Set<string>;
	private targetId: string | undefined;

	/**
	 * `before`: the history read before the sync was requested. `endedAfter` (awaiting a sync
	 * that was running when the connection was read): syncs that ended after this time are not
	 * settled, so a running sync that ended just before the history was read is still found.
	 */
	constructor(before: HistoryEntry[], endedAfter?: number | null) {
		const stillOpen = (entry: HistoryEntry) =>
			endedAfter !== undefined &&
			entry.endedAt !== null &&
			(endedAfter === null || Date.parse(entry.endedAt) > endedAfter);
		this.settled = new Set(
			before
				.filter((entry) => phaseOf(entry) !== 'running' && !stillOpen(entry))
				.map((entry) => entry.syncId),
		);
	}

	/** The sync being followed, once known. */
	get syncId(): string | undefined {
		return this.targetId;
	}

	/**
	 * Reads one history poll. A canceled sync is followed by the sync that replaced it (a forced
	 * restart); a rescheduled one by the sync that resumes it. Both are reported once.
	 */
	follow(entries: HistoryEntry[]): HistoryStep {
		for (;;) {
			const target =
				this.targetId === undefined
					? entries.find((entry) => !this.settled.has(entry.syncId))
					: entries.find((entry) => entry.syncId === this.targetId);
			if (target === undefined) return { kind: 'waiting' };
			this.targetId = target.syncId;
			const phase = phaseOf(target);
			if (phase === 'running') return { kind: 'waiting', entry: target };
			if (phase !== 'canceled' && phase !== 'rescheduled') {
				return { kind: 'finished', phase, entry: target };
			}
			this.settled.add(target.syncId);
			this.targetId = undefined;
			if (phase === 'rescheduled') return { kind: 'rescheduled', entry: target };
			const successor = entries.some((entry) => !this.settled.has(entry.syncId));
			if (!successor) return { kind: 'canceled', entry: target };
		}
	}
}
