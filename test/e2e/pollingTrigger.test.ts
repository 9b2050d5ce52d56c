/**
 * The Fivetran Polling Trigger inside a running n8n (`n8n start`), polling every minute (n8n's
 * shortest poll interval; it refuses anything under a minute). Activation polls once (the
 * baseline: nothing old is emitted); each sync the emulator then runs starts one execution at
 * the next poll. The emulator's clock runs in real time here, as n8n's does: the node asks for
 * history windows by its own clock.
 */
import { scriptSync, startSync } from '../emulator/sync';
import {
	importWorkflow,
	publishWorkflow,
	startN8n,
	type N8nApi,
	type N8nExecution,
	type RunningN8n,
} from '../../scripts/lib/n8n';
import { chainWorkflow, fivetranPollingTrigger } from '../../scripts/lib/workflowBuilder';
import { waitFor } from '../../scripts/lib/waitFor';
import { CREDENTIAL_NAME, setUpN8nWithEmulator, type E2eSetup } from './kit';

const WORKFLOW_ID = 'e2ePollingTrigger';
const TRIGGER = 'Fivetran Polling Trigger';
/** One poll interval plus n8n's scheduling slack. */
const NEXT_POLL_MS = 90_000;

let setup: E2eSetup;
let n8n: RunningN8n;
let api: N8nApi;

function triggerItems(execution: N8nExecution): Array<Record<string, unknown>> {
	const items = execution.data?.resultData.runData[TRIGGER]?.[0]?.data?.main?.[0] ?? [];
	return items.map((item) => item.json ?? {});
}

async function executionCount(count: number): Promise<N8nExecution[]> {
	return await waitFor(
		`${count} execution(s)`,
		async () => {
			const list = await api.settledExecutions(WORKFLOW_ID);
			return list.length >= count ? list : undefined;
		},
		NEXT_POLL_MS,
	);
}

function connectionIdOf(): string {
	const connection = [...setup.emu.state.connections.values()].find((c) => !c.paused);
	if (connection === undefined) throw new Error('the seed has no active connection');
	return connection.id;
}

beforeAll(async () => {
	setup = await setUpN8nWithEmulator('polling', {
		seed: { groups: 1, connections: 3, random: 3 },
		clock: { mode: 'real' },
	});
	const trigger = fivetranPollingTrigger(
		TRIGGER,
		{ scope: 'account', events: ['sync_end'] },
		CREDENTIAL_NAME,
	);
	await importWorkflow(
		chainWorkflow(WORKFLOW_ID, 'E2E: Fivetran Polling Trigger', [trigger]),
		setup,
	);
	await publishWorkflow(WORKFLOW_ID, setup);
	n8n = await startN8n({ userFolder: setup.userFolder });
	api = await n8n.api();
});

afterAll(async () => {
	await n8n?.stop();
	await setup?.emu.close();
});

test('activation polls once and emits nothing old', async () => {
	await waitFor('the activation poll', () =>
		setup.emu.requestLog.count('GET', '/v1/connections') > 0 ? true : undefined,
	);
	expect(await api.settledExecutions(WORKFLOW_ID)).toEqual([]);
});

test('each scripted sync starts one execution at the next poll, with its sync_end', async () => {
	const { emu } = setup;
	const id = connectionIdOf();
	const connection = emu.state.connections.get(id);
	if (connection === undefined) throw new Error(id);
	const outcomes = ['success', 'failure'] as const;
	const syncIds: string[] = [];
	for (const [index, outcome] of outcomes.entries()) {
		scriptSync(emu.state, id, { durationMs: 1_000, outcome });
		syncIds.push(startSync(emu.state, connection, emu.clock.now()).syncId ?? '');
		const executions = await executionCount(index + 1);
		expect(executions).toHaveLength(index + 1);
	}
	const executions = (await api.settledExecutions(WORKFLOW_ID)).sort(
		(a, b) => Number(a.id) - Number(b.id),
	);
	expect(executions.every((execution) => execution.status === 'success')).toBe(true);
	expect(executions.every((execution) => execution.mode === 'trigger')).toBe(true);
	const items = executions.map(triggerItems);
	expect(items.map((list) => list.map((item) => [item.event, item.syncId, item.status]))).toEqual([
		[['sync_end', syncIds[0], 'SUCCESSFUL']],
		[['sync_end', syncIds[1], 'FAILURE']],
	]);
});
