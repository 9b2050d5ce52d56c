/**
 * Test harness: runs the Fivetran node (or any node type) through real n8n-core.
 *
 *   const { items, error } = await runFivetranNode({
 *     parameters: { resource: 'account', operation: 'getInfo' },
 *     credentials: emulatorCredentials(emu),
 *   });
 *
 * Every run is scanned for secrets (secrets.ts) and throws SecretLeakError on a hit.
 */
import type {
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IVersionedNodeType,
} from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { runNode, type RunNodeResult } from './runNode';
import { assertNoSecretLeak } from './secrets';

export { runNode, type RunNodeOptions, type RunNodeResult } from './runNode';
export { TestCredentialsHelper } from './credentialsHelper';
export { probeNodeType, setProbeScript, type ProbeScript } from './probe';
export { useFakeTransportTime, type FakeTransportTime } from './fakeTime';
export { methodContext } from './methodContext';
export {
	assertNodeRequest,
	requestOfUrl,
	watchNodeRequests,
	ContractViolationError,
} from './contractCheck';
export { TEST_NODE } from './testNode';
export {
	useEmulator,
	byId,
	onlyRequest,
	onlyLoggedRequest,
	type RequestSummary,
} from './emulatorFixture';
export {
	watchSecretsOf,
	secretsOf,
	findSecretLeaks,
	assertNoSecretLeak,
	SecretLeakError,
	type ScannedRun,
} from './secrets';

export interface FivetranCredentials {
	apiKey: string;
	apiSecret: string;
	baseUrl: string;
}

export const FIVETRAN_NODE_TYPE = 'n8n-nodes-fivetran.fivetran';

/** The credential type, for runNode callers (e.g. the trigger's tests). */
export const fivetranCredentialTypes = { fivetranApi: new FivetranApi() };

export function emulatorCredentials(emu: FivetranCredentials): FivetranCredentials {
	return { apiKey: emu.apiKey, apiSecret: emu.apiSecret, baseUrl: emu.baseUrl };
}

export async function runFivetranNode(options: {
	parameters: INodeParameters;
	credentials: FivetranCredentials;
	inputItems?: IDataObject[];
	continueOnFail?: boolean;
	nodeName?: string;
	/** Default: the Fivetran node; tests of the router/transport pass probeNodeType(). */
	nodeType?: INodeType | IVersionedNodeType;
}): Promise<{ items: INodeExecutionData[]; error?: RunNodeResult['error'] }> {
	const run = await runNode({
		nodeType: options.nodeType ?? new Fivetran(),
		typeName: FIVETRAN_NODE_TYPE,
		parameters: options.parameters,
		credentials: { fivetranApi: { ...options.credentials } },
		credentialTypes: fivetranCredentialTypes,
		inputItems: options.inputItems,
		continueOnFail: options.continueOnFail,
		nodeName: options.nodeName ?? 'Fivetran',
	});
	// Every workflow test is a secret test: no run may show a secret the emulators know.
	assertNoSecretLeak(run, options.parameters, options.credentials.apiSecret);
	return { items: run.items, error: run.error };
}
