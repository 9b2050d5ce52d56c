import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { secretShownOnceNotice } from '../shared/secretShownOnce';
import { expirationDaysField, keyOwnerField, userApiKeyOperationFields } from './fields';
import { userApiKeyWithSecretOutput } from './output';
import { readExpirationDays, readKeyOwnerId } from './parameters';

export const description = userApiKeyOperationFields('create', [
	secretShownOnceNotice,
	keyOwnerField,
	expirationDaysField('How long the key stays valid'),
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const userId = readKeyOwnerId(this, itemIndex);
	const body = { expiration_period_days: readExpirationDays(this, itemIndex) };
	// Not idempotent: a repeat could mint a second key or fail after the first one was made.
	const { data } = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: apiPath`/v1/users/${userId}/api-keys`,
		body,
		idempotent: false,
		itemIndex,
	});
	return userApiKeyWithSecretOutput(userId, data);
}
