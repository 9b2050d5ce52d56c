import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import { setupTestOptions } from '../../../../shared/descriptions';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields, trustFields } from './fields';
import { getConnectionId } from './params';
import { withoutAuth } from './results';

export const description = connectionOperationFields('runSetupTests', [
	connectionIdField,
	setupTestOptions(trustFields),
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	// Fivetran wants a body here, even an empty one.
	const body: IDataObject = {};
	if (options.trustCertificates !== undefined) body.trust_certificates = options.trustCertificates;
	if (options.trustFingerprints !== undefined) body.trust_fingerprints = options.trustFingerprints;
	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: apiPath`/v1/connections/${connectionId}/test`,
		body,
		acceptVersion2: true,
		// Each run counts against Fivetran's setup-test limit: never re-sent.
		longRunning: true,
		outcomeUnknownAdvice:
			"Check the connection's status.setup_state with Connection › Get, or run the setup tests again later.",
		itemIndex,
	});
	return withoutAuth(data);
}
