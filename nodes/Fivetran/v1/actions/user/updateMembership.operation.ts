import { membershipFields, membershipRoleField, userOperationFields } from './fields';
import { userMemberships } from './parameters';
import { updateMembershipOperation } from '../shared/membershipOperations';

export const description = userOperationFields('updateMembership', [
	...membershipFields,
	membershipRoleField,
]);

export const { concurrency, execute } = updateMembershipOperation(userMemberships);
