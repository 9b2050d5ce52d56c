import { teamMembershipFields, teamMembershipRoleField, teamOperationFields } from './fields';
import { teamMemberships } from './parameters';
import { updateMembershipOperation } from '../shared/membershipOperations';

export const description = teamOperationFields('updateMembership', [
	...teamMembershipFields,
	teamMembershipRoleField,
]);

export const { concurrency, execute } = updateMembershipOperation(teamMemberships);
