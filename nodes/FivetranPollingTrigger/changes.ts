/**
 * What a poll reads from one connection and from its sync history. Pure: the requests are in
 * poll.ts.
 *
 * A sync that ends moves the connection's `succeeded_at` or `failed_at`; one that is rescheduled,
 * canceled or starts moves `status.sync_state` or `status.rescheduled_for`. So the history is read
 * only for connections whose signature moved since the last poll; whatever happened between two
 * polls is then listed by the history window that starts at the connection's cursor.
 */
import type { IDataObject } from 'n8n-workflow';

import { phaseOf, type HistoryEntry } from '../shared/syncHistory/history';
import { statusOf } from '../shared/syncHistory/snapshot';
import type { FivetranEventItem } from '../shared/eventPayload';
import { syncEndItem, syncStartItem, type ConnectionFacts } from './items';
import type { ConnectionState, SeenSync, Signature } from './state';

function text(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

export function factsOf(record: IDataObject): ConnectionFacts {
	return {
		id: String(record.id),
		groupId: text(record.group_id),
		schema: text(record.schema),
		service: text(record.service),
	};
}

export function signatureOf(record: IDataObject): Signature {
	const status = statusOf(record);
	return {
		succeededAt: text(record.succeeded_at),
		failedAt: text(record.failed_at),
		syncState: text(status.sync_state),
		rescheduledFor: text(status.rescheduled_for),
		paused: record.paused === true,
		setupState: text(status.setup_state),
	};
}

/** Whether something a sync does moved between the two readings of the connection. */
export function syncsMoved(before: Signature, now: Signature): boolean {
	return (
		before.succeededAt !== now.succeededAt ||
		before.failedAt !== now.failedAt ||
		before.syncState !== now.syncState ||
		before.rescheduledFor !== now.rescheduledFor
	);
}

/** The webhook events of a change of the connection's state (the webhook trigger's values). */
export function stateChangeEvents(before: Signature, now: Signature): string[] {
	const events: string[] = [];
	if (!before.paused && now.paused) events.push('pause_connector');
	if (before.paused && !now.paused) events.push('resume_connector');
	const wasBroken = before.setupState === 'broken';
	const isBroken = now.setupState === 'broken';
	if (!wasBroken && isBroken) events.push('connection_failure');
	if (wasBroken && !isBroken) events.push('connection_successful');
	return events;
}

export interface HistoryOutcome {
	items: FivetranEventItem[];
	seen: Record<string, SeenSync>;
	/** Earliest start of a sync still running: the next window must reach back to it. */
	runningSince: number | undefined;
}

/**
 * The events of one history read, oldest sync first: each sync's `sync_start` once (when it
 * started after `since`), its `sync_end` once (when it ended after `since`), whatever how many
 * windows list it. `seen` remembers what was handled.
 */
export function eventsOfHistory(
	connection: ConnectionFacts,
	entries: HistoryEntry[],
	state: Pick<ConnectionState, 'since' | 'seen'>,
): HistoryOutcome {
	const seen: Record<string, SeenSync> = { ...state.seen };
	const items: FivetranEventItem[] = [];
	let runningSince: number | undefined;
	for (const entry of entries) {
		const before = seen[entry.syncId];
		if (before?.phase === 'e') continue;
		const start = entry.startTime;
		const startIsNew = before === undefined && start !== null && start >= state.since;
		if (phaseOf(entry) === 'running') {
			if (start !== null) runningSince = Math.min(runningSince ?? start, start);
			if (before !== undefined) continue;
			if (startIsNew) items.push(syncStartItem(connection, entry));
			seen[entry.syncId] = { phase: 's', t: start ?? state.since };
			continue;
		}
		const end = Date.parse(entry.endedAt ?? '');
		if (startIsNew) items.push(syncStartItem(connection, entry));
		if (end >= state.since) items.push(syncEndItem(connection, entry));
		seen[entry.syncId] = { phase: 'e', t: end };
	}
	return { items, seen, runningSince };
}
