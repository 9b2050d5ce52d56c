import { apiPath } from '../../../../shared/transport';
import { deleteOperation } from '../shared/deleteOperation';
import { teamIdField, teamOperationFields } from './fields';
import { readTeamId } from './parameters';

export const description = teamOperationFields('delete', [
	{ ...teamIdField, description: 'The team to delete permanently' },
]);

export const { concurrency, execute } = deleteOperation({
	readId: readTeamId,
	path: (id) => apiPath`/v1/teams/${id}`,
});
