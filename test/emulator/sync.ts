/**
 * Sync simulation, driven only by the emulator's clock (never by real timers).
 *
 * Starting a sync puts the connection in `syncing`, appends a sync-history item (Fivetran's shape,
 * see SyncHistoryRecord: `end` null while it runs) and queues a `sync_start` webhook event.
 * `syncTicker` (registered in routes/index.ts) finishes every sync whose scripted end time has
 * passed: success (history COMPLETED), failure (FAILURE, plus a task and FAILURE_WITH_TASK in the
 * webhook) or rescheduled (RESCHEDULED, resumed later as a new sync), and queues `sync_end`.
 *
 * Assumptions where Fivetran's definition says nothing (each written down once, here):
 * - A running sync is listed with `end: null` (the definition: "Null if the sync is still in
 *   progress") and status INCOMPLETE: `status` is required, and of the values the definition lists
 *   only INCOMPLETE does not name a final outcome. Clients must read "running" from `end: null`.
 * - A sync stopped by `force: true` is recorded as CANCELED (one of the listed values), ends at the
 *   stop and sets neither `succeeded_at` nor `failed_at`.
 * - Stage volumes are invented (1 MB per simulated minute per stage unless a script says
 *   otherwise); the definition gives only their type and unit.
 *
 * Tests script what the next syncs of a connection do with `scriptSync`; without a script a
 * sync takes five simulated minutes and succeeds (or fails, if the connection is broken).
 * Run-time bookkeeping lives in a WeakMap keyed by the state, so EmulatorState stays data only.
 */
import { hasConnectorState } from './catalog/connectorTypes';
import { track } from './pagination';
import { conflict, isoTime } from './respond';
import type { ConnectionRecord, ConnectionStatus, EmulatorState, SyncHistoryRecord } from './state';
import type { JsonObject, Ticker } from './types';

export interface SyncScript {
	/** Simulated time from start to end (or to being rescheduled). Default 5 minutes. */
	durationMs?: number;
	outcome?: 'success' | 'failure' | 'rescheduled';
	/** How long a rescheduled sync waits before it resumes as a new sync. Default 10 minutes. */
	rescheduleForMs?: number;
	/** `reason` of the sync_end event and message of the task a failure adds. */
	failureReason?: string;
	/** Code of the task a failure adds. Default 'reconnect'. */
	taskCode?: string;
	/** The history item's stage volumes in MB; default 1 MB per simulated minute each. */
	volumesMb?: { extract?: number; process?: number; load?: number };
}

export interface StartSyncOptions {
	/** Restart a running sync with a new sync id (otherwise a running sync is left alone). */
	force?: boolean;
	/** A historical re-sync: `status.is_historical_sync` is true while it runs. */
	historical?: boolean;
	/**
	 * A re-sync asked for while a sync runs: it starts when the running sync has completed, and is
	 * refused with 409 when that sync will not complete (resync_connection in the definition: "If
	 * there is a data sync already in progress, we will try to complete it. If it fails, the
	 * request will be declined and the HTTP 409 Conflict error will be returned").
	 */
	afterRunning?: boolean;
}

export interface StartSyncResult {
	started: boolean;
	/** The sync that is running after the call (the new one, or the one left alone). */
	syncId?: string;
	/** True when the connection is paused and the sync will start when it is resumed. */
	deferred?: boolean;
	/** True when a re-sync waits for the running sync to complete (`afterRunning`). */
	queued?: boolean;
}

export const DEFAULT_SYNC_MS = 5 * 60_000;
export const DEFAULT_RESCHEDULE_MS = 10 * 60_000;

interface RunningSync {
	connectionId: string;
	syncId: string;
	endsAt: number;
	script: SyncScript;
	entry: SyncHistoryRecord;
}

interface Simulation {
	running: Map<string, RunningSync>;
	/** connection id -> time a rescheduled sync resumes */
	rescheduled: Map<string, number>;
	scripts: Map<string, SyncScript[]>;
	defaultScript: SyncScript;
	/** Re-syncs asked for while paused: started on resume (value: historical). */
	deferred: Map<string, boolean>;
	/** Re-syncs asked for while a sync runs: started when it completes (value: historical). */
	queued: Map<string, boolean>;
	syncCounter: number;
}

const simulations = new WeakMap<EmulatorState, Simulation>();

function simulationOf(state: EmulatorState): Simulation {
	let simulation = simulations.get(state);
	if (!simulation) {
		simulation = {
			running: new Map(),
			rescheduled: new Map(),
			scripts: new Map(),
			defaultScript: {},
			deferred: new Map(),
			queued: new Map(),
			syncCounter: 0,
		};
		simulations.set(state, simulation);
	}
	return simulation;
}

/** Queues what the next sync(s) of a connection do, in order; later syncs use the default. */
export function scriptSync(
	state: EmulatorState,
	connectionId: string,
	scripts: SyncScript | SyncScript[],
): void {
	const queue = simulationOf(state).scripts.get(connectionId) ?? [];
	queue.push(...(Array.isArray(scripts) ? scripts : [scripts]));
	simulationOf(state).scripts.set(connectionId, queue);
}

/** What unscripted syncs of every connection do (e.g. a shorter duration for a whole test). */
export function setDefaultSyncScript(state: EmulatorState, script: SyncScript): void {
	simulationOf(state).defaultScript = { ...script };
}

/** Marks a connection broken (setup_state, tasks, warnings) or repairs it with `false`. */
export function setBroken(
	state: EmulatorState,
	connectionId: string,
	broken: boolean | Pick<ConnectionStatus, 'tasks' | 'warnings'> = true,
): void {
	const connection = state.connections.get(connectionId);
	if (!connection) throw new Error(`No connection '${connectionId}'`);
	const status = connection.status;
	if (broken === false) {
		Object.assign(status, { setup_state: 'connected', tasks: [], warnings: [] });
		return;
	}
	status.setup_state = 'broken';
	status.tasks =
		broken === true
			? [
					{
						code: 'reconnect',
						message: 'Reconnect',
						details: 'The source rejected the credentials',
					},
				]
			: broken.tasks;
	status.warnings = broken === true ? [] : broken.warnings;
}

/**
 * Gives a connection a custom (cron) schedule as the dashboard can: the API then reports
 * `sync_frequency: null` (2026-09 connection_details: "`null` when the connection's schedule has
 * no single cadence to report, such as a custom cron or multiple-time-of-day schedule").
 */
export function setCustomSchedule(state: EmulatorState, connectionId: string): void {
	const connection = state.connections.get(connectionId);
	if (!connection) throw new Error(`No connection '${connectionId}'`);
	connection.sync_frequency = null;
	connection.daily_sync_time = null;
}

/**
 * Pauses or resumes a connection. A running sync is not stopped by pausing: it finishes and the
 * connection then shows `paused`. Resuming starts a re-sync that was asked for while paused.
 */
export function setPaused(
	state: EmulatorState,
	connection: ConnectionRecord,
	paused: boolean,
	now: number,
): void {
	const simulation = simulationOf(state);
	connection.paused = paused;
	const status = connection.status;
	if (paused) {
		simulation.rescheduled.delete(connection.id);
		delete status.rescheduled_for;
		if (status.sync_state !== 'syncing') status.sync_state = 'paused';
		return;
	}
	if (status.sync_state === 'paused') status.sync_state = 'scheduled';
	const historical = simulation.deferred.get(connection.id);
	if (historical !== undefined) {
		simulation.deferred.delete(connection.id);
		startSync(state, connection, now, { force: true, historical });
	}
}

/**
 * Starts a sync now. Paused connections refuse (409) unless the caller defers it to the resume
 * (`defer`, used by re-syncs: Fivetran schedules those for when the connection is resumed).
 */
export function startSync(
	state: EmulatorState,
	connection: ConnectionRecord,
	now: number,
	options: StartSyncOptions & { defer?: boolean } = {},
): StartSyncResult {
	const simulation = simulationOf(state);
	if (connection.paused) {
		if (!options.defer) {
			throw conflict(
				`Connection with id '${connection.id}' is paused; resume it before triggering a sync`,
			);
		}
		simulation.deferred.set(connection.id, options.historical === true);
		return { started: false, deferred: true };
	}
	const current = simulation.running.get(connection.id);
	if (current && options.afterRunning && !options.force) {
		if ((current.script.outcome ?? 'success') !== 'success') {
			throw conflict(
				`A data sync of connection with id '${connection.id}' is in progress and cannot be completed before the re-sync can be scheduled`,
			);
		}
		simulation.queued.set(connection.id, options.historical === true);
		return { started: false, queued: true, syncId: current.syncId };
	}
	if (current) {
		if (!options.force) return { started: false, syncId: current.syncId };
		// sync_connection, `force`: "it will stop the sync and re-run it" (recorded as CANCELED,
		// an assumption: see the top of this file).
		endEntry(current, 'CANCELED', now, 'Stopped by a sync request with force: true');
		simulation.running.delete(connection.id);
	}
	simulation.rescheduled.delete(connection.id);

	const script = nextScript(simulation, connection);
	const syncId = newSyncId(simulation);
	const entry = track<SyncHistoryRecord>({
		sync_id: syncId,
		start: isoTime(now),
		end: null,
		status: 'INCOMPLETE',
		stages: { extract: {}, process: {}, load: {} },
	});
	historyOf(state, connection.id).push(entry);
	simulation.running.set(connection.id, {
		connectionId: connection.id,
		syncId,
		endsAt: now + (script.durationMs ?? DEFAULT_SYNC_MS),
		script,
		entry,
	});
	connection.status.sync_state = 'syncing';
	connection.status.is_historical_sync = options.historical === true;
	delete connection.status.rescheduled_for;
	emit(state, connection, 'sync_start', syncId, now, {});
	return { started: true, syncId };
}

/** The sync currently running on a connection, if any. */
export function runningSyncId(state: EmulatorState, connectionId: string): string | undefined {
	return simulationOf(state).running.get(connectionId)?.syncId;
}

/** Drops everything the simulation holds for a deleted connection. */
export function forgetConnection(state: EmulatorState, connectionId: string): void {
	const simulation = simulationOf(state);
	simulation.running.delete(connectionId);
	simulation.rescheduled.delete(connectionId);
	simulation.scripts.delete(connectionId);
	simulation.deferred.delete(connectionId);
	simulation.queued.delete(connectionId);
	state.syncHistory.delete(connectionId);
}

export function historyOf(state: EmulatorState, connectionId: string): SyncHistoryRecord[] {
	let history = state.syncHistory.get(connectionId);
	if (!history) {
		history = [];
		state.syncHistory.set(connectionId, history);
	}
	return history;
}

/** Finishes due syncs and resumes due rescheduled ones, in time order, up to `now`. */
export const syncTicker: Ticker = (state, now) => {
	const simulation = simulations.get(state);
	if (!simulation) return;
	for (;;) {
		const due = earliestDue(simulation, now);
		if (!due) return;
		if (due.kind === 'finish') finishSync(state, simulation, due.run);
		else resumeSync(state, simulation, due.connectionId, due.at);
	}
};

type DueEvent =
	| { kind: 'finish'; at: number; run: RunningSync }
	| { kind: 'resume'; at: number; connectionId: string };

function earliestDue(simulation: Simulation, now: number): DueEvent | undefined {
	let due: DueEvent | undefined;
	for (const run of simulation.running.values()) {
		if (run.endsAt <= now && (!due || run.endsAt < due.at))
			due = { kind: 'finish', at: run.endsAt, run };
	}
	for (const [connectionId, at] of simulation.rescheduled) {
		if (at <= now && (!due || at < due.at)) due = { kind: 'resume', at, connectionId };
	}
	return due;
}

function finishSync(state: EmulatorState, simulation: Simulation, run: RunningSync): void {
	simulation.running.delete(run.connectionId);
	const connection = state.connections.get(run.connectionId);
	if (!connection) return;
	const status = connection.status;
	const endTime = isoTime(run.endsAt);
	const outcome = run.script.outcome ?? 'success';
	const reason = run.script.failureReason ?? defaultReason(outcome);
	status.sync_state = connection.paused ? 'paused' : 'scheduled';
	status.is_historical_sync = false;
	let data: JsonObject;
	if (outcome === 'success') {
		connection.succeeded_at = endTime;
		endEntry(run, 'COMPLETED', run.endsAt);
		if (status.setup_state !== 'broken') status.tasks = [];
		if (hasConnectorState(connection.service) && !connection.state)
			connection.state = { cursor: endTime };
		data = { status: 'SUCCESSFUL' };
	} else if (outcome === 'failure') {
		connection.failed_at = endTime;
		endEntry(run, 'FAILURE', run.endsAt, reason);
		status.tasks = [{ code: run.script.taskCode ?? 'reconnect', message: reason }];
		data = { status: 'FAILURE_WITH_TASK', reason };
	} else {
		endEntry(run, 'RESCHEDULED', run.endsAt, reason);
		if (!connection.paused) {
			const resumeAt = run.endsAt + (run.script.rescheduleForMs ?? DEFAULT_RESCHEDULE_MS);
			simulation.rescheduled.set(connection.id, resumeAt);
			status.sync_state = 'rescheduled';
			status.rescheduled_for = isoTime(resumeAt);
		}
		data = { status: 'RESCHEDULED', reason };
	}
	emit(state, connection, 'sync_end', run.syncId, run.endsAt, data);
	startQueuedResync(state, simulation, connection, run.endsAt);
}

/** The re-sync that waited for this sync to complete (resync_connection), now or on resume. */
function startQueuedResync(
	state: EmulatorState,
	simulation: Simulation,
	connection: ConnectionRecord,
	at: number,
): void {
	const historical = simulation.queued.get(connection.id);
	if (historical === undefined) return;
	simulation.queued.delete(connection.id);
	startSync(state, connection, at, { force: true, historical, defer: true });
}

/** Closes a history item: its outcome, end, reason (none when completed) and stage volumes. */
function endEntry(
	run: RunningSync,
	status: SyncHistoryRecord['status'],
	at: number,
	reason?: string,
): void {
	const { entry, script } = run;
	const minutes = Math.round(((at - Date.parse(entry.start as string)) / 60_000) * 100) / 100;
	const volume = (stage: 'extract' | 'process' | 'load') => ({
		volume: script.volumesMb?.[stage] ?? minutes,
	});
	Object.assign(entry, {
		end: isoTime(at),
		status,
		stages: { extract: volume('extract'), process: volume('process'), load: volume('load') },
	});
	if (reason !== undefined) entry.reason = reason;
}

function resumeSync(
	state: EmulatorState,
	simulation: Simulation,
	connectionId: string,
	at: number,
): void {
	simulation.rescheduled.delete(connectionId);
	const connection = state.connections.get(connectionId);
	if (connection && !connection.paused && connection.status.sync_state === 'rescheduled') {
		// With a manual schedule only the sync endpoint runs syncs, rescheduled ones included
		// (fivetran-api.md 3.3): the connection stays rescheduled until a sync is requested.
		if (connection.schedule_type === 'manual') return;
		startSync(state, connection, at);
	}
}

function defaultReason(outcome: SyncScript['outcome']): string {
	return outcome === 'rescheduled'
		? 'Rate limit reached in the source; the sync resumes later'
		: 'Reconnect';
}

function nextScript(simulation: Simulation, connection: ConnectionRecord): SyncScript {
	const scripted = simulation.scripts.get(connection.id)?.shift();
	if (scripted) return scripted;
	if (connection.status.setup_state === 'broken') {
		const task = connection.status.tasks[0];
		return {
			...simulation.defaultScript,
			outcome: 'failure',
			failureReason: task?.message,
			taskCode: task?.code,
		};
	}
	return simulation.defaultScript;
}

function emit(
	state: EmulatorState,
	connection: ConnectionRecord,
	event: 'sync_start' | 'sync_end',
	syncId: string,
	at: number,
	data: JsonObject,
): void {
	state.outbox.push({
		event,
		groupId: connection.group_id,
		createdAt: at,
		payload: {
			event,
			created: isoTime(at),
			connector_type: connection.service,
			connector_id: connection.id,
			connector_name: connection.schema,
			sync_id: syncId,
			destination_group_id: connection.group_id,
			data,
		},
	});
}

/** UUID-shaped (version 4 layout), deterministic per state: tests may compare but never guess them. */
function newSyncId(simulation: Simulation): string {
	simulation.syncCounter += 1;
	const hex = [1, 2, 3, 4].map((part) => mix(simulation.syncCounter * 4 + part)).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A 32-bit integer hash (murmur3 finaliser) as 8 hex digits. */
function mix(seed: number): string {
	let x = seed >>> 0;
	x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
	x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
	x ^= x >>> 16;
	return (x >>> 0).toString(16).padStart(8, '0');
}
