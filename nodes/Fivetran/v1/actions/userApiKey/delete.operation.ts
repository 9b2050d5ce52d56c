import { apiPath } from '../../../../shared/transport';
import { deleteOperation } from '../shared/deleteOperation';
import { keyOwnerField, userApiKeyOperationFields } from './fields';
import { readKeyOwnerId } from './parameters';

export const description = userApiKeyOperationFields('delete', [keyOwnerField]);

export const { concurrency, execute } = deleteOperation({
	readId: readKeyOwnerId,
	path: (userId) => apiPath`/v1/users/${userId}/api-keys`,
});
