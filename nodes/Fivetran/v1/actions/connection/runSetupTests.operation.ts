import type { IDataObject } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../transport';
import { setupTestOptions } from '../common.descriptions';
import type { ConcurrencyKind, OperationModule } from '../node.type';
import { connectionIdField, connectionOperationFields, trustFields } from './fields';
import { getConnectionId } from './params';
import { withoutAuth } from './results';

export const description = connectionOperationFields('runSetupTests', [
	connectionIdField,
	setupTestOptions(trustFields),
]);

export const concurrency: ConcurrencyKind = 'write';

export const execute: OperationModule['execute'] = async function (itemIndex) {
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
		// Running the tests again changes nothing but the test results: safe to retry.
		idempotent: true,
		acceptVersion2: true,
		itemIndex,
	});
	return withoutAuth(data);
};
