/**
 * The parts of a connection the wait logic reads, parsed once. Fivetran omits fields it has no
 * value for (a never-synced connection has no `succeeded_at`), so every field may be null.
 */
import type { IDataObject } from 'n8n-workflow';

export interface ConnectionSnapshot {
	id: string;
	paused: boolean;
	scheduleType: string | null;
	setupState: string | null;
	syncState: string | null;
	/** Milliseconds since the epoch; null when absent or unreadable. */
	succeededAt: number | null;
	failedAt: number | null;
	rescheduledFor: number | null;
	/** The record as Fivetran sent it, for the output and the failure details. */
	record: IDataObject;
}

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

/** An ISO-8601 timestamp as milliseconds, or null when absent or not a date. */
export function parseTime(value: unknown): number | null {
	if (typeof value !== 'string' || value === '') return null;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? null : ms;
}

export function statusOf(record: IDataObject): IDataObject {
	return isObject(record.status) ? record.status : {};
}

export function readSnapshot(record: IDataObject, fallbackId: string): ConnectionSnapshot {
	const status = statusOf(record);
	return {
		id: text(record.id) ?? fallbackId,
		paused: record.paused === true,
		scheduleType: text(record.schedule_type),
		setupState: text(status.setup_state),
		syncState: text(status.sync_state),
		succeededAt: parseTime(record.succeeded_at),
		failedAt: parseTime(record.failed_at),
		rescheduledFor: parseTime(status.rescheduled_for),
		record,
	};
}
