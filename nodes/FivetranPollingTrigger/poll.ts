/**
 * One poll: one paged list of the connections in scope, then the sync history of only the
 * connections that moved, each from its cursor. Every request goes through the node's transport
 * (429 back-off, retries of idempotent reads, timeouts). Any failure throws before the state is
 * written, so the next poll reads the same windows again: no event is skipped.
 */
import { NodeOperationError, type IDataObject, type IPollFunctions } from 'n8n-workflow';

import { readHistory, type HistoryEntry } from '../shared/syncHistory/history';
import { isoSeconds } from '../shared/syncHistory/window';
import { apiPath, fivetranApiRequestAllItems } from '../shared/transport';
import { runBounded } from '../shared/transport/concurrency';
import { isFailedSync, type FivetranEventItem } from '../shared/eventPayload';
import { CONNECTION_IDS_FIELD, CONNECTION_IDS_HINT, parseIdList } from '../shared/eventFilters';
import { eventsOfHistory, factsOf, signatureOf, stateChangeEvents, syncsMoved } from './changes';
import { GAP_EVENT, gapWarningItem, stateChangeItem } from './items';
import { STATE_VERSION, pruneSeen, type ConnectionState, type PollState } from './state';
import { nextCursor, pollWindow, pruneBefore } from './window';

/** History reads in flight at once: a few, so a poll with many moved connections stays short. */
const HISTORY_CONCURRENCY = 4;

export interface PollSettings {
	events: string[];
	/** Empty: the whole account. */
	groupIds: string[];
	/** Empty: every connection in scope. */
	connectionIds: string[];
	onlyFailedSyncs: boolean;
}

/** The IDs of a list field, or a clear error naming it (never a silent "[object Object]"). */
function idsOf(ctx: IPollFunctions, value: unknown, field: string): string[] {
	const parsed = parseIdList(value, field);
	if ('problem' in parsed) {
		throw new NodeOperationError(ctx.getNode(), parsed.problem, {
			description:
				field === CONNECTION_IDS_FIELD
					? CONNECTION_IDS_HINT
					: `Give a comma-separated list of IDs for ${field}, or an expression returning a list of IDs (strings)`,
		});
	}
	return parsed.ids;
}

export function pollSettingsOf(ctx: IPollFunctions): PollSettings {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const scope = ctx.getNodeParameter('scope', 'account') as string;
	return {
		events: ctx.getNodeParameter('events', []) as string[],
		groupIds:
			scope === 'groups' ? idsOf(ctx, ctx.getNodeParameter('groupIds', ''), 'Group IDs') : [],
		connectionIds: idsOf(ctx, options.connectionIds, CONNECTION_IDS_FIELD),
		onlyFailedSyncs: options.onlyFailedSyncs === true,
	};
}

/** The connections in scope: one paged list (1,000 per request), per group when groups are chosen. */
export async function listConnections(
	ctx: IPollFunctions,
	settings: PollSettings,
): Promise<IDataObject[]> {
	const paths =
		settings.groupIds.length === 0
			? ['/v1/connections']
			: settings.groupIds.map((groupId) => apiPath`/v1/groups/${groupId}/connections`);
	const records: IDataObject[] = [];
	for (const path of paths) {
		const page = await fivetranApiRequestAllItems.call(
			ctx,
			{ path, acceptVersion2: true },
			{ returnAll: true },
		);
		records.push(...page);
	}
	const wanted = new Set(settings.connectionIds);
	return records.filter(
		(record) => typeof record.id === 'string' && (wanted.size === 0 || wanted.has(record.id)),
	);
}

/** The syncs of one connection in the window, oldest first. */
export async function readSyncHistory(
	ctx: IPollFunctions,
	connectionId: string,
	query: IDataObject,
): Promise<HistoryEntry[]> {
	const items = await fivetranApiRequestAllItems.call(
		ctx,
		{
			path: apiPath`/v1/connections/${connectionId}/sync-history`,
			qs: query,
			acceptVersion2: true,
		},
		{ returnAll: true },
	);
	const entries = readHistory(items);
	if (entries === undefined) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The sync history of connection '${connectionId}' has items without sync_id or status`,
			{
				description:
					'The trigger needs both to emit each sync exactly once; it tries again at the next poll.',
			},
		);
	}
	return entries;
}

/** First activation: every connection is watched from now on, nothing old is emitted. */
export function baselineState(records: IDataObject[], now: number): PollState {
	const connections: Record<string, ConnectionState> = {};
	for (const record of records) {
		connections[String(record.id)] = {
			signature: signatureOf(record),
			since: now,
			cursor: now,
			seen: {},
		};
	}
	return { version: STATE_VERSION, lastPollAt: now, connections };
}

const HISTORY_EVENTS = new Set(['sync_start', 'sync_end']);

function selected(settings: PollSettings, item: FivetranEventItem): boolean {
	if (item.event === GAP_EVENT) return true;
	if (!settings.events.includes(item.event ?? '')) return false;
	return !settings.onlyFailedSyncs || isFailedSync(item);
}

function byTime(a: FivetranEventItem, b: FivetranEventItem): number {
	return Date.parse(a.createdAt ?? '') - Date.parse(b.createdAt ?? '');
}

export interface PollResult {
	items: FivetranEventItem[];
	state: PollState;
	/** How many sync-history reads the poll made (one per moved connection). */
	historyReads: number;
}

/** A later poll: the events since `previous`, and the state to store once they are emitted. */
export async function pollChanges(
	ctx: IPollFunctions,
	settings: PollSettings,
	previous: PollState,
	records: IDataObject[],
	now: number,
): Promise<PollResult> {
	const wantsHistory = settings.events.some((event) => HISTORY_EVENTS.has(event));
	const nowIso = new Date(now).toISOString();
	const connections: Record<string, ConnectionState> = {};
	const perConnection: FivetranEventItem[][] = [];
	const toRead: Array<{ record: IDataObject; index: number }> = [];

	records.forEach((record, index) => {
		const facts = factsOf(record);
		const signature = signatureOf(record);
		const known = previous.connections[facts.id];
		// A connection new to the scope is watched from the previous poll on.
		const state: ConnectionState = known ?? {
			signature,
			since: previous.lastPollAt,
			cursor: previous.lastPollAt,
			seen: {},
		};
		const changes = known === undefined ? [] : stateChangeEvents(known.signature, signature);
		perConnection[index] = changes.map((event) => stateChangeItem(facts, event, nowIso));
		const moved = known === undefined || syncsMoved(known.signature, signature);
		connections[facts.id] = { ...state, signature };
		if (wantsHistory && moved) toRead.push({ record, index });
		// Unmoved: no sync ended or started since the last reading; a running one holds the cursor.
		else if (signature.syncState !== 'syncing')
			connections[facts.id].cursor = Math.max(state.cursor, now);
	});

	const gaps: { ids: string[]; from: number; to: number } = { ids: [], from: now, to: 0 };
	const reads = await runBounded(toRead.length, HISTORY_CONCURRENCY, async (i) => {
		const { record } = toRead[i];
		const state = connections[String(record.id)];
		const window = pollWindow(state.cursor, now);
		return { window, entries: await readSyncHistory(ctx, String(record.id), { ...window.query }) };
	});

	reads.forEach(({ window, entries }, i) => {
		const { record, index } = toRead[i];
		const facts = factsOf(record);
		const state = connections[facts.id];
		if (window.gap !== undefined) {
			gaps.ids.push(facts.id);
			gaps.from = Math.min(gaps.from, window.gap.from);
			gaps.to = Math.max(gaps.to, window.gap.to);
		}
		const outcome = eventsOfHistory(facts, entries, state);
		const cursor = nextCursor(now, outcome.runningSince);
		connections[facts.id] = {
			...state,
			cursor,
			seen: pruneSeen(outcome.seen, pruneBefore(cursor)),
		};
		perConnection[index] = [...outcome.items, ...perConnection[index]];
	});

	const items = perConnection.flat().filter((item) => selected(settings, item));
	// Stable: each connection's events keep their order; connections interleave by time.
	items.sort(byTime);
	if (gaps.ids.length > 0) {
		items.unshift(gapWarningItem(gaps.ids, isoSeconds(gaps.from), isoSeconds(gaps.to), nowIso));
	}
	return {
		items,
		state: { version: STATE_VERSION, lastPollAt: now, connections },
		historyReads: toRead.length,
	};
}
