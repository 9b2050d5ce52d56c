import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { secretShownOnceNotice } from '../shared/secretShownOnce';
import {
	expirationDaysField,
	keyOwnerField,
	overlapDaysField,
	userApiKeyOperationFields,
} from './fields';
import { rotationMessage, userApiKeyWithSecretOutput } from './output';
import { readExpirationDays, readKeyOwnerId, readOverlapDays } from './parameters';
import { postForNewSecret } from './request';

export const description = userApiKeyOperationFields('rotate', [
	secretShownOnceNotice,
	keyOwnerField,
	expirationDaysField('How long the new secret stays valid'),
	overlapDaysField,
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const userId = readKeyOwnerId(this, itemIndex);
	const overlapDays = readOverlapDays(this, itemIndex);
	const body = {
		expiration_period_days: readExpirationDays(this, itemIndex),
		// No overlap is Fivetran's default; 0 is left out rather than sent.
		...(overlapDays > 0 && { overlap_days: overlapDays }),
	};
	const path = apiPath`/v1/users/${userId}/api-keys/rotate`;
	const data = await postForNewSecret(this, itemIndex, path, body);
	return {
		...userApiKeyWithSecretOutput(this, itemIndex, userId, data, 'rotated'),
		message: rotationMessage(data, overlapDays),
	};
}
