import { teamMembershipFields, teamMembershipRoleField, teamOperationFields } from './fields';
import { teamMemberships } from './parameters';
import { addMembershipOperation } from '../shared/membershipOperations';

export const description = teamOperationFields('addMembership', [
	...teamMembershipFields,
	teamMembershipRoleField,
]);

export const { concurrency, execute } = addMembershipOperation(teamMemberships);
