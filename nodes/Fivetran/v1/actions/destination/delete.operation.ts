import { apiPath } from '../../../../shared/transport';
import { deleteOperation } from '../shared/deleteOperation';
import { destinationIdField, destinationOperationFields } from './fields';
import { readDestinationId } from './parameters';

export const description = destinationOperationFields('delete', [
	{ ...destinationIdField, description: 'The destination to delete permanently' },
]);

export const { concurrency, execute } = deleteOperation({
	readId: readDestinationId,
	path: (id) => apiPath`/v1/destinations/${id}`,
	acceptVersion2: true,
});
