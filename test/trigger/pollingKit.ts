/**
 * Runs the Fivetran Polling Trigger's poll() through n8n-core's own PollContext (parameter
 * resolution, credential authentication through the credentials helper, static data of the
 * Workflow), against the emulator over real HTTP, with the node's clock tied to the emulator's.
 *
 * Static data is carried from poll to poll as n8n persists it: a JSON copy written back after a
 * poll that returned (a poll that throws leaves the stored copy as it was), so `restart()` is a
 * new n8n process reading the same database row.
 */
import { PollContext } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type IDataObject,
	type INode,
	type INodeParameters,
	type IWorkflowBase,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { FivetranPollingTrigger } from '../../nodes/FivetranPollingTrigger/FivetranPollingTrigger.node';
import { transportRuntime } from '../../nodes/shared/transport';
import type { Emulator, LoggedRequest } from '../emulator';
import {
	TestCredentialsHelper,
	emulatorCredentials,
	fivetranCredentialTypes,
	watchNodeRequests,
} from '../harness';
import { additionalDataFor } from '../harness/runNode';

export const POLLING_TRIGGER_TYPE = 'n8n-nodes-fivetran.fivetranPollingTrigger';
const NODE_NAME = 'Fivetran Polling Trigger';

export interface PollOutcome {
	items: IDataObject[];
	/** Every request the poll sent, in order. */
	requests: LoggedRequest[];
}

export class PollingTriggerKit {
	/** What n8n keeps in its database between polls (and across restarts). */
	storedStaticData: IDataObject = {};

	constructor(
		private readonly emu: Emulator,
		private readonly parameters: INodeParameters,
	) {}

	private context(mode: WorkflowExecuteMode): { context: PollContext; workflow: Workflow } {
		const node: INode = {
			id: 'polling-trigger',
			name: NODE_NAME,
			type: POLLING_TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: this.parameters,
			credentials: { fivetranApi: { id: 'fivetranApi-id', name: 'fivetranApi test' } },
		};
		const nodeType = new FivetranPollingTrigger();
		const workflow = new Workflow({
			id: 'polling-workflow',
			name: 'Polling',
			nodes: [node],
			connections: {},
			active: mode !== 'manual',
			nodeTypes: {
				getByName: () => nodeType,
				getByNameAndVersion: () => nodeType,
				getKnownTypes: () => ({}),
			},
			settings: {},
			staticData: JSON.parse(JSON.stringify(this.storedStaticData)) as IDataObject,
		});
		// As n8n does when it loads a workflow: the node's defaults fill what is not set.
		const resolved = NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			node.parameters,
			true,
			false,
			node,
			nodeType.description,
		);
		node.parameters = resolved ?? node.parameters;
		const credentialsHelper = new TestCredentialsHelper(fivetranCredentialTypes, {
			fivetranApi: { ...emulatorCredentials(this.emu) },
		});
		const workflowData = { id: workflow.id, name: workflow.name, nodes: [node] } as IWorkflowBase;
		const additionalData = additionalDataFor(workflowData, credentialsHelper);
		const context = new PollContext(workflow, node, additionalData, mode, 'activate');
		return { context, workflow };
	}

	/** One poll as n8n's poll executor runs it ('manual': the editor's Fetch Test Event). */
	async poll(mode: WorkflowExecuteMode = 'trigger'): Promise<PollOutcome> {
		const { context, workflow } = this.context(mode);
		const from = this.emu.requestLog.entries.length;
		const requests = watchNodeRequests();
		// The node's clock is the emulator's; back-off and Retry-After waits advance it, never sleep.
		const now = jest.spyOn(transportRuntime, 'now').mockImplementation(() => this.emu.clock.now());
		const sleep = jest
			.spyOn(transportRuntime, 'sleep')
			.mockImplementation(async (ms: number) => await this.emu.clock.advance(ms));
		try {
			const result = await new FivetranPollingTrigger().poll.call(context);
			requests.check();
			this.storedStaticData = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			return {
				items: (result?.[0] ?? []).map((item) => item.json),
				requests: this.emu.requestLog.entries.slice(from),
			};
		} finally {
			now.mockRestore();
			sleep.mockRestore();
		}
	}

	/** A new n8n process: same stored static data, nothing else carried over. */
	restart(): PollingTriggerKit {
		const kit = new PollingTriggerKit(this.emu, this.parameters);
		kit.storedStaticData = JSON.parse(JSON.stringify(this.storedStaticData)) as IDataObject;
		return kit;
	}
}
