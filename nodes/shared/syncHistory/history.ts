/**
 * Completion by sync id, from GET /v1/connections/{id}/sync-history.
 *
 * Fivetran's items (2026-09 definition, connection_sync_history): `sync_id`, `status`
 * (COMPLETED, FAILURE, CANCELED, INCOMPLETE, RESCHEDULED, PAUSED), `start` and `end` (null until
 * known: a sync whose `end` is null is still running), `reason` (omitted when it completed
 * without errors) and `stages.{extract,process,load}.volume` in MB.
 *
 * The baseline is the history read before the node asked for its sync. "This" sync is then the
 * oldest item not settled by that baseline; once found, it is followed by its id, so a later
 * sync can never be mistaken for it (peers.md section 3, idea 1).
 *
 * The node needs `sync_id` and `status`: when an item lacks one, `readHistory` returns undefined
 * and the caller falls back to the connection's timestamps.
 */
import type { IDataObject } from 'n8n-workflow';

import { parseTime } from './snapshot';

export interface StageVolumes {
	extract: number | null;
	process: number | null;
	load: number | null;
}

export interface HistoryEntry {
	syncId: string;
	status: string;
	/** Milliseconds since the epoch; null while Fivetran has not started the sync. */
	startTime: number | null;
	startedAt: string | null;
	endedAt: string | null;
	reason: string | null;
	volumesMb: StageVolumes;
}

export type EntryPhase =
	'running' | 'succeeded' | 'failed' | 'rescheduled' | 'canceled' | 'paused' | 'ended';

const PHASES: Record<string, EntryPhase> = {
	COMPLETED: 'succeeded',
	FAILURE: 'failed',
	CANCELED: 'canceled',
	RESCHEDULED: 'rescheduled',
	PAUSED: 'paused',
};

/**
 * `end` null means running, whatever the status (the definition lists no status for a running
 * sync). INCOMPLETE or an unknown status with an end has ended in a way the node cannot read as
 * success: the caller then asks the connection's timestamps.
 */
export function phaseOf(entry: HistoryEntry): EntryPhase {
	if (entry.endedAt === null) return 'running';
	return PHASES[entry.status.toUpperCase()] ?? 'ended';
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

function volume(stages: unknown, stage: keyof StageVolumes): number | null {
	const value = (stages as IDataObject | null | undefined)?.[stage] as IDataObject | undefined;
	return typeof value?.volume === 'number' ? value.volume : null;
}

/** The history items as entries, oldest first; undefined when any item lacks a needed field. */
export function readHistory(items: IDataObject[]): HistoryEntry[] | undefined {
	const entries: HistoryEntry[] = [];
	for (const item of items) {
		const syncId = text(item.sync_id);
		const status = text(item.status);
		if (syncId === null || status === null) return undefined;
		const stages = typeof item.stages === 'object' ? item.stages : null;
		entries.push({
			syncId,
			status,
			startTime: parseTime(item.start),
			startedAt: text(item.start),
			endedAt: text(item.end),
			reason: text(item.reason),
			volumesMb: {
				extract: volume(stages, 'extract'),
				process: volume(stages, 'process'),
				load: volume(stages, 'load'),
			},
		});
	}
	// Not started yet sorts last; a stable sort keeps the API's order for equal start times.
	const order = (entry: HistoryEntry) => entry.startTime ?? Number.POSITIVE_INFINITY;
	return entries.sort((a, b) => order(a) - order(b));
}

export type HistoryStep =
	| { kind: 'waiting'; entry?: HistoryEntry }
	| { kind: 'finished'; phase: 'succeeded' | 'failed' | 'ended'; entry: HistoryEntry }
	| { kind: 'canceled'; entry: HistoryEntry }
	| { kind: 'rescheduled'; entry: HistoryEntry }
	| { kind: 'paused'; entry: HistoryEntry };

export interface FollowerOptions {
	/**
	 * The node awaits the sync that was running when it read the connection (nothing requested).
	 * Syncs that ended after `endedAfter` (the connection's latest timestamp then) stay candidates,
	 * so a running sync that ended just before the baseline history was read is still found.
	 */
	awaitsRunning?: { endedAfter: number | null };
	/**
	 * The request does not attach to a sync running at the baseline: a forced sync stops it and
	 * starts another, a re-sync comes after it. Its outcome (success, failure, cancellation) is
	 * then never this sync's.
	 */
	skipRunning?: boolean;
}

export class HistoryFollower {
	private readonly settled: Set<string>;
	private targetId: string | undefined;
	/** How many syncs of the baseline may be the awaited one (0: the history cannot tell). */
	readonly candidates: number;

	/** `before`: the history read before the sync was requested. */
	constructor(before: HistoryEntry[], options: FollowerOptions = {}) {
		const { awaitsRunning, skipRunning = false } = options;
		const stillOpen = (entry: HistoryEntry) =>
			awaitsRunning !== undefined &&
			entry.endedAt !== null &&
			(awaitsRunning.endedAfter === null || Date.parse(entry.endedAt) > awaitsRunning.endedAfter);
		const settles = (entry: HistoryEntry) =>
			phaseOf(entry) === 'running' ? skipRunning : !stillOpen(entry);
		this.settled = new Set(before.filter(settles).map((entry) => entry.syncId));
		this.candidates = before.filter((entry) => !this.settled.has(entry.syncId)).length;
	}

	/** The sync being followed, once known. */
	get syncId(): string | undefined {
		return this.targetId;
	}

	/**
	 * Reads one history poll. A canceled sync is followed by the sync that replaced it (a forced
	 * restart), reported only when none is listed yet; a rescheduled one is reported, and the sync
	 * that resumes it followed afterwards.
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
			if (phase === 'succeeded' || phase === 'failed' || phase === 'ended') {
				return { kind: 'finished', phase, entry: target };
			}
			if (phase === 'paused') return { kind: 'paused', entry: target };
			this.settled.add(target.syncId);
			this.targetId = undefined;
			if (phase === 'rescheduled') return { kind: 'rescheduled', entry: target };
			const successor = entries.some((entry) => !this.settled.has(entry.syncId));
			if (!successor) return { kind: 'canceled', entry: target };
		}
	}
}
