/**
 * Sync and Wait / Re-Sync and Wait for one connection: check the connection, apply the paused
 * and already-syncing policies, take the baseline ONCE, ask for the sync, wait for it.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { transportRuntime } from '../../../../shared/transport';
import { ConnectionApi } from './api';
import { failureDetails, fivetranReason, isSyncWaitFailure, syncWaitError } from './failure';
import { planStart, type SyncKind } from './policies';
import { waitResult } from './result';
import type { WaitSettings } from './settings';
import type { ConnectionSnapshot } from '../../../../shared/syncHistory/snapshot';
import { historyWindowStart } from '../../../../shared/syncHistory/window';
import { SyncWait, type WaitTarget } from './waiter';

export interface SyncAndWaitInput {
	itemIndex: number;
	connectionId: string;
	settings: WaitSettings;
	kind: SyncKind;
	/** Re-sync only: the body of the resync request (its table scope); whole connection when absent. */
	resyncBody?: IDataObject;
}

function startRefused(
	target: WaitTarget,
	snapshot: ConnectionSnapshot,
	reason: 'broken' | 'paused',
): Error {
	const id = target.api.connectionId;
	const why =
		reason === 'broken'
			? `The setup of connection '${id}' is ${snapshot.setupState}: ${fivetranReason(snapshot) ?? 'fix it in Fivetran first'}`
			: `Connection '${id}' is paused; resume it, or choose another option under "When Paused"`;
	return syncWaitError(target.node, target.itemIndex, why, failureDetails(snapshot, why));
}

interface SyncRequest {
	send: () => Promise<void>;
	/** The request does not attach to a running sync (force stops it, a re-sync comes after it). */
	skipsRunning: boolean;
}

/**
 * Completes the baseline with the history (before any request for a sync), sends `request` and
 * waits for the sync that follows. Without `request` it awaits the sync already running.
 */
async function waitAfter(target: WaitTarget, snapshot: ConnectionSnapshot, request?: SyncRequest) {
	const windowStartMs = historyWindowStart(snapshot, transportRuntime.now());
	const history = await target.api.history(windowStartMs);
	if (request !== undefined) await request.send();
	const baseline = {
		snapshot,
		history,
		windowStartMs,
		awaitsRunning: request === undefined,
		skipRunning: request?.skipsRunning ?? false,
	};
	return await new SyncWait(target, baseline).untilDone();
}

export async function runSyncAndWait(
	context: IExecuteFunctions,
	input: SyncAndWaitInput,
): Promise<IDataObject> {
	const { settings, kind } = input;
	const target: WaitTarget = {
		api: new ConnectionApi(context, input.connectionId, input.itemIndex),
		node: context.getNode(),
		itemIndex: input.itemIndex,
		settings,
		deadlineMs: transportRuntime.now() + settings.timeoutMs,
	};
	let snapshot = await target.api.get();
	const plan = planStart(snapshot, settings, kind);
	if (plan.kind === 'fail') throw startRefused(target, snapshot, plan.reason);
	const facts = { triggered: plan.kind === 'start' && plan.trigger, resumed: false };
	if (plan.kind === 'skip') {
		const none = {
			syncId: null,
			startedAt: null,
			finishedAt: null,
			detectedBy: null,
			syncStatus: null,
			reason: null,
			volumesMb: null,
		};
		return waitResult('skipped', snapshot, { ...none, ...facts }, settings.simplify);
	}
	if (plan.resume) {
		snapshot = await target.api.resume();
		facts.resumed = true;
	}
	if (plan.waitForRunning && plan.trigger) {
		// Re-sync once the running sync has ended, whatever its outcome: the re-sync is what was asked.
		snapshot = await waitAfter(target, snapshot).then(
			(completion) => completion.snapshot,
			async (error: unknown) => {
				if (!isSyncWaitFailure(error) || transportRuntime.now() >= target.deadlineMs) throw error;
				return await target.api.get();
			},
		);
	}
	const trigger: SyncRequest | undefined = plan.trigger
		? {
				send: async () => await target.api.trigger(kind, plan.force, input.resyncBody),
				skipsRunning: plan.force || kind === 'resync',
			}
		: undefined;
	const completion = await waitAfter(target, snapshot, trigger);
	return waitResult(
		'succeeded',
		completion.snapshot,
		{ ...completion.facts, ...facts },
		settings.simplify,
	);
}
