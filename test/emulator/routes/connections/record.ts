/**
 * Building connection records (create route and seeding) and running setup tests.
 */
import { hasConnectorState } from '../../catalog/connectorTypes';
import type { ConnectionRecord, ConnectionStatus, EmulatorState } from '../../state';
import type { JsonObject } from '../../types';
import { presentConnection } from './common';
import type { ScheduleFields } from './fields';

export interface ConnectionInit {
	groupId: string;
	service: string;
	/** Destination schema name (`schema` or `schema.table`). */
	schema: string;
	config: JsonObject;
	auth?: JsonObject;
	connectedBy: string | null;
	setupState: ConnectionStatus['setup_state'];
	fields: ScheduleFields;
	createdAt: string;
}

/** A new connection with Fivetran's defaults (6-hour schedule, NORMAL delay sensitivity). */
export function buildConnection(state: EmulatorState, init: ConnectionInit): ConnectionRecord {
	const paused = init.fields.paused ?? false;
	return {
		id: state.newId(),
		group_id: init.groupId,
		service: init.service,
		service_version: 1,
		schema: init.schema,
		paused,
		pause_after_trial: init.fields.pause_after_trial ?? false,
		connected_by: init.connectedBy,
		created_at: init.createdAt,
		succeeded_at: null,
		failed_at: null,
		sync_frequency: init.fields.sync_frequency ?? 360,
		schedule_type: init.fields.schedule_type ?? 'auto',
		daily_sync_time: init.fields.daily_sync_time ?? null,
		data_delay_sensitivity: init.fields.data_delay_sensitivity ?? 'NORMAL',
		data_delay_threshold: init.fields.data_delay_threshold ?? 0,
		status: {
			setup_state: init.setupState,
			sync_state: paused ? 'paused' : 'scheduled',
			update_state: 'on_schedule',
			is_historical_sync: false,
			tasks: [],
			warnings: [],
		},
		config: init.config,
		auth: init.auth,
		state: hasConnectorState(init.service) ? null : undefined,
	};
}

export interface SetupTest {
	title: string;
	status: 'PASSED' | 'SKIPPED' | 'WARNING' | 'FAILED' | 'JOB_FAILED';
	message: string;
}

/**
 * Runs the (simulated) setup tests: they pass and the connection becomes `connected`, except on
 * a connection a test marked broken, whose first task makes the credentials test fail.
 */
export function runSetupTests(connection: ConnectionRecord): SetupTest[] {
	const status = connection.status;
	const task = status.setup_state === 'broken' ? status.tasks[0] : undefined;
	if (!task) {
		status.setup_state = 'connected';
		status.tasks = [];
	}
	return [
		{ title: 'Validating configuration', status: 'PASSED', message: '' },
		task
			? { title: 'Connecting to the source', status: 'FAILED', message: task.message }
			: { title: 'Connecting to the source', status: 'PASSED', message: '' },
	];
}

/** The connection as the API returns it, plus the setup test results when tests ran. */
export function withSetupTests(
	connection: ConnectionRecord,
	runTests: boolean,
): Record<string, unknown> {
	const setupTests = runTests ? runSetupTests(connection) : undefined;
	return { ...presentConnection(connection), ...(setupTests ? { setup_tests: setupTests } : {}) };
}
