import { returnAllOrLimit } from '../../../../shared/descriptions';
import { listOperation } from '../shared/listOperation';
import { listFilterField, readListFilters, userTypeFilter } from '../user/listFilters';
import { userApiKeyOperationFields } from './fields';

export const description = userApiKeyOperationFields('getMany', [
	...returnAllOrLimit(),
	listFilterField(userTypeFilter, "Whose keys to return: people's or service accounts'"),
]);

// Fivetran's list_api_keys answers no secrets, only each key's public `key_value`.
export const { concurrency, execute } = listOperation(
	'/v1/users/api-keys',
	undefined,
	(ctx, itemIndex) => readListFilters(ctx, itemIndex, [userTypeFilter]),
);
