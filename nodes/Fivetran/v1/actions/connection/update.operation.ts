import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { ConcurrencyKind, OperationResult } from '../node.type';
import { connectionIdField, connectionOperationFields, settingsCollection } from './fields';
import { getConnectionId, getSettingsBody, validated } from './params';
import { withoutAuth } from './results';
import { hasPersistentChange } from './settings';
import { ConnectionInputError } from './validation';

export const description = connectionOperationFields('update', [
	connectionIdField,
	settingsCollection('update'),
]);

export const concurrency: ConcurrencyKind = 'write';

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<OperationResult> {
	const connectionId = getConnectionId.call(this, itemIndex);
	const body = getSettingsBody.call(this, itemIndex, 'update');
	validated(this, itemIndex, () => {
		if (!hasPersistentChange(body)) {
			throw new ConnectionInputError(
				'Nothing to update: add at least one field under Update Fields (the setup-test options alone change nothing; use Run Setup Tests for that)',
			);
		}
	});
	const { data } = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: apiPath`/v1/connections/${connectionId}`,
		body,
		acceptVersion2: true,
		itemIndex,
	});
	return withoutAuth(data);
}
