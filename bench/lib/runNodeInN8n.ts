/**
 * Runs the Fivetran node through n8n-core's WorkflowExecute (test/harness runNode), as
 * runFivetranNode does, minus the harness's secret scan of every output string: that scan is a
 * test of the node, not a cost of it, and on 100,000 items it cost more than the node itself.
 */
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { FIVETRAN_NODE_TYPE, fivetranCredentialTypes, runNode } from '../../test/harness';
import type { EmulatorAddress } from './remoteEmulator';

export async function runFivetranInN8n(
	emu: EmulatorAddress,
	parameters: INodeParameters,
	inputItems?: IDataObject[],
): Promise<INodeExecutionData[]> {
	const { items, error } = await runNode({
		nodeType: new Fivetran(),
		typeName: FIVETRAN_NODE_TYPE,
		parameters,
		credentials: {
			fivetranApi: { apiKey: emu.apiKey, apiSecret: emu.apiSecret, baseUrl: emu.baseUrl },
		},
		credentialTypes: fivetranCredentialTypes,
		inputItems,
		nodeName: 'Fivetran',
	});
	if (error) throw error;
	return items;
}
