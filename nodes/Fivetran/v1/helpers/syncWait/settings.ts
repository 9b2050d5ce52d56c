/** The Sync and Wait options as plain values, validated (pure: unit tested without n8n). */
export type PausedPolicy = 'fail' | 'resume' | 'skip';
export type SyncingPolicy = 'wait' | 'restart';
export type RescheduledPolicy = 'wait' | 'fail' | 'retrigger';

export interface WaitSettings {
	pausedPolicy: PausedPolicy;
	syncingPolicy: SyncingPolicy;
	rescheduledPolicy: RescheduledPolicy;
	pollIntervalMs: number;
	timeoutMs: number;
	simplify: boolean;
}

export const DEFAULT_POLL_INTERVAL_SECONDS = 30;
export const DEFAULT_TIMEOUT_MINUTES = 60;
/** Small enough for tests against the emulator; the field's description warns about the API quota. */
export const MIN_POLL_INTERVAL_SECONDS = 0.01;

export interface RawWaitSettings {
	pausedPolicy?: unknown;
	syncingPolicy?: unknown;
	rescheduledPolicy?: unknown;
	pollInterval?: unknown;
	timeout?: unknown;
	simplify?: unknown;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

function positive(value: unknown, fallback: number, label: string, min = 0): number {
	if (value === undefined || value === null || value === '') return fallback;
	const number = Number(value);
	if (!Number.isFinite(number) || number <= 0 || number < min) {
		throw new Error(`${label} must be a number of at least ${min > 0 ? min : 'more than 0'}`);
	}
	return number;
}

export function toWaitSettings(raw: RawWaitSettings): WaitSettings {
	const pollSeconds = positive(
		raw.pollInterval,
		DEFAULT_POLL_INTERVAL_SECONDS,
		'Poll Interval',
		MIN_POLL_INTERVAL_SECONDS,
	);
	const timeoutMinutes = positive(raw.timeout, DEFAULT_TIMEOUT_MINUTES, 'Timeout');
	return {
		pausedPolicy: oneOf(raw.pausedPolicy, ['fail', 'resume', 'skip'] as const, 'fail'),
		syncingPolicy: oneOf(raw.syncingPolicy, ['wait', 'restart'] as const, 'wait'),
		rescheduledPolicy: oneOf(raw.rescheduledPolicy, ['wait', 'fail', 'retrigger'] as const, 'wait'),
		pollIntervalMs: Math.round(pollSeconds * 1000),
		timeoutMs: Math.round(timeoutMinutes * 60_000),
		simplify: raw.simplify !== false,
	};
}
