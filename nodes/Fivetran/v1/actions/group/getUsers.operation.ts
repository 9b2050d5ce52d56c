import { returnAllOrLimit } from '../../../../shared/descriptions';
import { listOperation } from '../shared/listOperation';
import { groupIdField, groupOperationFields } from './fields';
import { readGroupId } from './parameters';
import { groupPath } from './request';

export const description = groupOperationFields('getUsers', [
	{ ...groupIdField, description: 'The group whose users to list' },
	...returnAllOrLimit(),
]);

export const { concurrency, execute } = listOperation((ctx, itemIndex) =>
	groupPath(readGroupId(ctx, itemIndex), '/users'),
);
