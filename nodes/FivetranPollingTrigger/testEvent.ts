/**
 * The editor's "Fetch Test Event": the latest sync that ended in scope (one list, one history
 * read), else a sample marked `sample: true`. It never reads or writes the trigger's state.
 */
import type { IPollFunctions } from 'n8n-workflow';

import { phaseOf } from '../shared/syncHistory/history';
import { CLOCK_MARGIN_MS, MAX_WINDOW_MS } from '../shared/syncHistory/window';
import type { FivetranEventItem } from '../shared/eventPayload';
import { factsOf, signatureOf } from './changes';
import { sampleItem, syncEndItem } from './items';
import { listConnections, readSyncHistory, type PollSettings } from './poll';
import { pollWindow } from './window';

function lastSyncEnd(record: Parameters<typeof signatureOf>[0]): number {
	const { succeededAt, failedAt } = signatureOf(record);
	const times = [succeededAt, failedAt]
		.map((time) => Date.parse(time ?? ''))
		.filter(Number.isFinite);
	return times.length === 0 ? Number.NEGATIVE_INFINITY : Math.max(...times);
}

export async function fetchTestEvent(
	ctx: IPollFunctions,
	settings: PollSettings,
	now: number,
): Promise<FivetranEventItem> {
	const records = await listConnections(ctx, settings);
	const latest = records
		.map((record) => ({ record, endedAt: lastSyncEnd(record) }))
		.filter(({ endedAt }) => endedAt > now - MAX_WINDOW_MS + 2 * CLOCK_MARGIN_MS)
		.sort((a, b) => b.endedAt - a.endedAt)[0];
	if (latest === undefined) return sampleItem(new Date(now).toISOString());
	const facts = factsOf(latest.record);
	const window = pollWindow(latest.endedAt, now);
	const entries = await readSyncHistory(ctx, facts.id, { ...window.query });
	const ended = entries.filter((entry) => phaseOf(entry) !== 'running');
	const last = ended[ended.length - 1];
	return last === undefined ? sampleItem(new Date(now).toISOString()) : syncEndItem(facts, last);
}
