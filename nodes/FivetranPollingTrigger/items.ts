/**
 * The items of the polling trigger: built as the webhook payload Fivetran would have sent for
 * the same event, then flattened by the webhook trigger's own `flattenEvent`, so both triggers
 * emit the same item shape and a workflow can switch between them unchanged.
 */
import type { IDataObject } from 'n8n-workflow';

import type { HistoryEntry } from '../shared/syncHistory/history';
import { flattenEvent, type FivetranEventItem } from '../shared/eventPayload';

/** What the trigger knows of a connection from the list endpoint. */
export interface ConnectionFacts {
	id: string;
	groupId: string | null;
	/** Fivetran's webhooks name a connection by its schema (`connector_name`). */
	schema: string | null;
	service: string | null;
}

/**
 * The history's outcomes as the webhook's `sync_end` statuses (Fivetran's webhook page lists
 * SUCCESSFUL, FAILURE and FAILURE_WITH_TASK); other history statuses (RESCHEDULED, CANCELED,
 * PAUSED) are passed on as they are, so "Only Failed Syncs" counts them as not successful.
 */
const SYNC_END_STATUS: Record<string, string> = { COMPLETED: 'SUCCESSFUL', FAILURE: 'FAILURE' };

export function syncEndStatus(historyStatus: string): string {
	return SYNC_END_STATUS[historyStatus.toUpperCase()] ?? historyStatus.toUpperCase();
}

function payloadOf(
	event: string,
	connection: ConnectionFacts,
	created: string,
	syncId: string | null,
	data: IDataObject,
): IDataObject {
	const payload: IDataObject = {
		event,
		created,
		connector_type: connection.service,
		connector_id: connection.id,
		connector_name: connection.schema,
		destination_group_id: connection.groupId,
		data,
	};
	if (syncId !== null) payload.sync_id = syncId;
	return payload;
}

export function syncStartItem(connection: ConnectionFacts, entry: HistoryEntry): FivetranEventItem {
	return flattenEvent(payloadOf('sync_start', connection, entry.startedAt ?? '', entry.syncId, {}));
}

export function syncEndItem(connection: ConnectionFacts, entry: HistoryEntry): FivetranEventItem {
	const data: IDataObject = { status: syncEndStatus(entry.status) };
	if (entry.reason !== null) data.reason = entry.reason;
	return flattenEvent(payloadOf('sync_end', connection, entry.endedAt ?? '', entry.syncId, data));
}

/** pause_connector, resume_connector, connection_failure, connection_successful: seen at `at`. */
export function stateChangeItem(
	connection: ConnectionFacts,
	event: string,
	at: string,
): FivetranEventItem {
	return flattenEvent(payloadOf(event, connection, at, null, {}));
}

export const GAP_EVENT = 'polling_gap';

/**
 * Reported once when the trigger was away longer than Fivetran keeps sync history (7 days):
 * syncs of these connections between `from` and `to` cannot be read any more.
 */
export function gapWarningItem(
	connectionIds: string[],
	from: string,
	to: string,
	at: string,
): FivetranEventItem {
	const reason = `Fivetran keeps 7 days of sync history: syncs of ${connectionIds.length} connection(s) between ${from} and ${to} could not be read and were not emitted`;
	return flattenEvent({
		event: GAP_EVENT,
		created: at,
		data: { status: 'WARNING', reason },
		connection_ids: connectionIds,
		gap_start: from,
		gap_end: to,
	});
}

/** "Fetch Test Event" when no connection in scope has a recent sync: marked as a sample. */
export function sampleItem(at: string): FivetranEventItem {
	const item = flattenEvent({
		event: 'sync_end',
		created: at,
		connector_type: 'postgres',
		connector_id: 'sample_connection_id',
		connector_name: 'sample_schema',
		sync_id: '00000000-0000-4000-8000-000000000000',
		destination_group_id: 'sample_group_id',
		data: { status: 'SUCCESSFUL' },
		sample: true,
	});
	return { ...item, sample: true };
}
