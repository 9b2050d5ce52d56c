/** The output item of Sync and Wait / Re-Sync and Wait. Every key is always present. */
import type { IDataObject } from 'n8n-workflow';

import { simplifyConnection } from '../simplify';
import { logsUrl } from './failure';
import type { StageVolumes } from '../../../../shared/syncHistory/history';
import type { ConnectionSnapshot } from '../../../../shared/syncHistory/snapshot';

export interface SyncFacts {
	syncId: string | null;
	startedAt: string | null;
	finishedAt: string | null;
	/** How completion was recognised: by sync id in the history, or by timestamps. */
	detectedBy: 'syncHistory' | 'timestamps' | null;
	/** From the history item (null in the timestamp fallback): Fivetran's status, e.g. COMPLETED. */
	syncStatus: string | null;
	/** Fivetran's reason when the sync did not complete without errors. */
	reason: string | null;
	/** The data volume of each stage in MB (a stage Fivetran has no figure for is null). */
	volumesMb: StageVolumes | null;
	/** Whether this node asked Fivetran for the sync (false: it awaited a running one). */
	triggered: boolean;
	/** Whether this node resumed the paused connection first. */
	resumed: boolean;
}

function connectionOutput(snapshot: ConnectionSnapshot, simplify: boolean): IDataObject {
	if (simplify) return simplifyConnection(snapshot.record);
	const record = { ...snapshot.record };
	delete record.auth;
	return record;
}

function durationSeconds(startedAt: string | null, finishedAt: string | null): number | null {
	if (startedAt === null || finishedAt === null) return null;
	const ms = Date.parse(finishedAt) - Date.parse(startedAt);
	return Number.isFinite(ms) ? Math.round(ms / 1000) : null;
}

export function waitResult(
	status: 'succeeded' | 'skipped',
	snapshot: ConnectionSnapshot,
	facts: SyncFacts,
	simplify: boolean,
): IDataObject {
	return {
		connectionId: snapshot.id,
		status,
		syncId: facts.syncId,
		startedAt: facts.startedAt,
		finishedAt: facts.finishedAt,
		durationSeconds: durationSeconds(facts.startedAt, facts.finishedAt),
		detectedBy: facts.detectedBy,
		syncStatus: facts.syncStatus,
		reason: facts.reason,
		extractVolumeMb: facts.volumesMb?.extract ?? null,
		processVolumeMb: facts.volumesMb?.process ?? null,
		loadVolumeMb: facts.volumesMb?.load ?? null,
		triggered: facts.triggered,
		resumed: facts.resumed,
		logsUrl: logsUrl(snapshot.id),
		connection: connectionOutput(snapshot, simplify),
	};
}
