import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { secretShownOnceNotice } from '../shared/secretShownOnce';
import { expirationDaysField, keyOwnerField, userApiKeyOperationFields } from './fields';
import { userApiKeyWithSecretOutput } from './output';
import { readExpirationDays, readKeyOwnerId } from './parameters';
import { postForNewSecret } from './request';

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
	const path = apiPath`/v1/users/${userId}/api-keys`;
	const data = await postForNewSecret(this, itemIndex, path, body);
	return userApiKeyWithSecretOutput(this, itemIndex, userId, data, 'created');
}
