import { NodeOperationError, type INode } from 'n8n-workflow';

import {
	failureDetails,
	isSyncWaitFailure,
	logsUrl,
	syncWaitError,
} from '../../nodes/Fivetran/v1/helpers/syncWait/failure';
import { errorJson } from '../../nodes/Fivetran/v1/actions/router';
import { onRescheduled, planStart } from '../../nodes/Fivetran/v1/helpers/syncWait/policies';
import { toWaitSettings } from '../../nodes/Fivetran/v1/helpers/syncWait/settings';
import { readSnapshot } from '../../nodes/shared/syncHistory/snapshot';

function connection(status: Record<string, unknown>, fields: Record<string, unknown> = {}) {
	return readSnapshot({ id: 'conn', paused: false, ...fields, status }, 'conn');
}

const defaults = toWaitSettings({});

describe('toWaitSettings', () => {
	it('has safe defaults: fail when paused, wait for a running sync, keep waiting on reschedule', () => {
		expect(defaults).toEqual({
			pausedPolicy: 'fail',
			syncingPolicy: 'wait',
			rescheduledPolicy: 'wait',
			pollIntervalMs: 30_000,
			timeoutMs: 3_600_000,
			simplify: true,
		});
	});

	it('converts seconds and minutes and refuses values that would poll in a busy loop', () => {
		expect(toWaitSettings({ pollInterval: 0.01, timeout: 0.5 })).toMatchObject({
			pollIntervalMs: 10,
			timeoutMs: 30_000,
		});
		expect(() => toWaitSettings({ pollInterval: 0 })).toThrow('Poll Interval');
		expect(() => toWaitSettings({ pollInterval: 0.001 })).toThrow('at least 0.01');
		expect(() => toWaitSettings({ timeout: -1 })).toThrow('Timeout');
		expect(() => toWaitSettings({ timeout: 'soon' })).toThrow('Timeout');
	});

	it('falls back to the default for unknown policy values', () => {
		expect(toWaitSettings({ pausedPolicy: 'explode' }).pausedPolicy).toBe('fail');
	});
});

describe('planStart', () => {
	const connected = { setup_state: 'connected', sync_state: 'scheduled' };

	it('fails on a broken or incomplete setup, before looking at anything else', () => {
		for (const setup_state of ['broken', 'incomplete']) {
			const snapshot = connection({ setup_state, sync_state: 'paused' }, { paused: true });
			expect(planStart(snapshot, defaults, 'sync')).toEqual({ kind: 'fail', reason: 'broken' });
		}
	});

	it('applies the paused policy', () => {
		const paused = connection({ ...connected, sync_state: 'paused' }, { paused: true });
		expect(planStart(paused, defaults, 'sync')).toEqual({ kind: 'fail', reason: 'paused' });
		expect(planStart(paused, { ...defaults, pausedPolicy: 'skip' }, 'sync')).toEqual({
			kind: 'skip',
		});
		expect(planStart(paused, { ...defaults, pausedPolicy: 'resume' }, 'sync')).toEqual({
			kind: 'start',
			resume: true,
			waitForRunning: false,
			trigger: true,
			force: false,
		});
	});

	it('applies the already-syncing policy to syncs; a re-sync always waits for a running sync', () => {
		const syncing = connection({ ...connected, sync_state: 'syncing' });
		const restart = { ...defaults, syncingPolicy: 'restart' as const };
		expect(planStart(syncing, defaults, 'sync')).toMatchObject({ trigger: false, force: false });
		expect(planStart(syncing, restart, 'sync')).toMatchObject({ trigger: true, force: true });
		expect(planStart(syncing, defaults, 'resync')).toMatchObject({
			waitForRunning: true,
			trigger: true,
		});
		// Fivetran completes a running sync before a re-sync: the node waits for it either way
		// (a saved "restart" on Re-Sync and Wait cannot stop it).
		expect(planStart(syncing, restart, 'resync')).toMatchObject({
			waitForRunning: true,
			trigger: true,
			force: false,
		});
		expect(planStart(connection(connected), defaults, 'sync')).toMatchObject({
			trigger: true,
			force: false,
		});
	});
});

describe('onRescheduled', () => {
	const until = Date.UTC(2026, 0, 1, 1);
	const manual = { rescheduledFor: until, scheduleType: 'manual' };
	const auto = { rescheduledFor: until, scheduleType: 'auto' };

	it('fails when asked, naming the time', () => {
		expect(onRescheduled('fail', auto, until + 1)).toEqual({
			kind: 'fail',
			why: 'Fivetran rescheduled the sync until 2026-01-01T01:00:00.000Z',
		});
	});

	it('fails at once when the rescheduled time is after the deadline', () => {
		expect(onRescheduled('wait', auto, until - 1).kind).toBe('fail');
		expect(onRescheduled('retrigger', manual, until - 1).kind).toBe('fail');
	});

	it('re-triggers only with a manual schedule; otherwise Fivetran resumes it', () => {
		expect(onRescheduled('retrigger', manual, until)).toEqual({ kind: 'retrigger', atMs: until });
		expect(onRescheduled('retrigger', auto, until)).toEqual({ kind: 'wait' });
		expect(onRescheduled('wait', manual, until)).toEqual({ kind: 'wait' });
		expect(onRescheduled('retrigger', { ...manual, rescheduledFor: null }, until)).toEqual({
			kind: 'wait',
		});
	});
});

describe('failure details', () => {
	const node: INode = {
		id: '1',
		name: 'Fivetran',
		type: 'n8n-nodes-fivetran.fivetran',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const broken = readSnapshot(
		{
			id: 'a/b',
			failed_at: '2026-01-01T00:05:00Z',
			status: {
				setup_state: 'broken',
				sync_state: 'scheduled',
				tasks: [{ code: 'reconnect', message: 'Reconnect' }],
				warnings: [{ code: 'w', message: 'Careful' }],
			},
		},
		'a/b',
	);

	it('builds the dashboard logs URL with an encoded id', () => {
		expect(logsUrl('a/b')).toBe('https://fivetran.com/dashboard/connectors/a%2Fb/logs');
	});

	it('carries the same fields in the error description and the Continue On Fail item', () => {
		const details = failureDetails(broken, 'Setup broken', 'sync-1');
		const error = syncWaitError(node, 3, 'It failed', details);
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.context.itemIndex).toBe(3);
		expect(error.description).toBe(
			[
				'Connection: a/b',
				'setup_state: broken, sync_state: scheduled',
				'failed_at: 2026-01-01T00:05:00Z',
				'sync_id: sync-1',
				'Tasks: [{"code":"reconnect","message":"Reconnect"}]',
				'Warnings: [{"code":"w","message":"Careful"}]',
				'Logs: https://fivetran.com/dashboard/connectors/a%2Fb/logs',
			].join('\n'),
		);
		expect(isSyncWaitFailure(error)).toBe(true);
		// The router's Continue On Fail item: its fields plus the details.
		expect(errorJson(error)).toEqual({
			error: 'It failed',
			description: error.description,
			connectionId: 'a/b',
			syncId: 'sync-1',
			reason: 'Setup broken',
			setupState: 'broken',
			syncState: 'scheduled',
			failedAt: '2026-01-01T00:05:00Z',
			succeededAt: null,
			rescheduledFor: null,
			tasks: [{ code: 'reconnect', message: 'Reconnect' }],
			warnings: [{ code: 'w', message: 'Careful' }],
			logsUrl: 'https://fivetran.com/dashboard/connectors/a%2Fb/logs',
		});
	});

	it('tells wait failures from other errors', () => {
		expect(isSyncWaitFailure(new Error('x'))).toBe(false);
		expect(isSyncWaitFailure(new NodeOperationError(node, 'plain'))).toBe(false);
	});
});
