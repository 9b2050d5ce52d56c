import { deleteOperation } from '../shared/deleteOperation';
import { groupIdField, groupOperationFields } from './fields';
import { readGroupId } from './parameters';
import { groupPath } from './request';

export const description = groupOperationFields('delete', [
	{ ...groupIdField, description: 'The group to delete permanently, with its destination' },
]);

export const { concurrency, execute } = deleteOperation({
	readId: readGroupId,
	path: (id) => groupPath(id),
});
