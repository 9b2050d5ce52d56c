import { membershipFields, userOperationFields } from './fields';
import { userMemberships } from './parameters';
import { removeMembershipOperation } from '../shared/membershipOperations';

export const description = userOperationFields('removeMembership', [...membershipFields]);

export const { concurrency, execute } = removeMembershipOperation(userMemberships);
