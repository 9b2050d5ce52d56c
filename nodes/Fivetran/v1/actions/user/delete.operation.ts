import { apiPath } from '../../../../shared/transport';
import { deleteOperation } from '../shared/deleteOperation';
import { userIdField, userOperationFields } from './fields';
import { readUserId } from './parameters';

export const description = userOperationFields('delete', [
	{ ...userIdField, description: 'The user to delete permanently' },
]);

export const { concurrency, execute } = deleteOperation({
	readId: readUserId,
	path: (id) => apiPath`/v1/users/${id}`,
});
