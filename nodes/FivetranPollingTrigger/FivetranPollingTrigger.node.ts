import {
	NodeConnectionTypes,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
	type IPollFunctions,
} from 'n8n-workflow';

import { credentialTest } from '../shared/credentialTest';
import { transportRuntime } from '../shared/transport';
import { baselineState, listConnections, pollChanges, pollSettingsOf } from './poll';
import { pollingTriggerProperties } from './properties';
import { readPollState, writePollState } from './state';
import { fetchTestEvent } from './testEvent';

export class FivetranPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fivetran Polling Trigger',
		name: 'fivetranPollingTrigger',
		icon: { light: 'file:../Fivetran/fivetran.svg', dark: 'file:../Fivetran/fivetran.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow on Fivetran sync and connection events read from the API, for n8n instances Fivetran cannot reach',
		defaults: { name: 'Fivetran Polling Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fivetranApi', required: true, testedBy: 'fivetranApiTest' }],
		polling: true,
		properties: pollingTriggerProperties,
	};

	methods = { credentialTest };

	/**
	 * Emits the events since the last poll, one item each, or null when there are none. The
	 * state is written only after every request succeeded: a failed poll throws (n8n tries again
	 * at the next poll) and the next poll reads the same windows.
	 */
	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = pollSettingsOf(this);
		const now = transportRuntime.now();
		if (this.getMode() === 'manual') {
			return [[{ json: await fetchTestEvent(this, settings, now) }]];
		}
		const staticData = this.getWorkflowStaticData('node');
		const previous = readPollState(staticData);
		const records = await listConnections(this, settings);
		if (previous === undefined) {
			writePollState(staticData, baselineState(records, now));
			return null;
		}
		const { items, state } = await pollChanges(this, settings, previous, records, now);
		writePollState(staticData, state);
		return items.length === 0 ? null : [items.map((item) => ({ json: item }))];
	}
}
