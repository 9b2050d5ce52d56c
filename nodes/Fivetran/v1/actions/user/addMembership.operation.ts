import { membershipFields, membershipRoleField, userOperationFields } from './fields';
import { userMemberships } from './parameters';
import { addMembershipOperation } from '../shared/membershipOperations';

export const description = userOperationFields('addMembership', [
	...membershipFields,
	membershipRoleField,
]);

export const { concurrency, execute } = addMembershipOperation(userMemberships);
