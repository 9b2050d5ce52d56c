import { membershipFields, userOperationFields } from './fields';
import { userMemberships } from './parameters';
import { getMembershipOperation } from '../shared/membershipOperations';

export const description = userOperationFields('getMembership', [...membershipFields]);

export const { concurrency, execute } = getMembershipOperation(userMemberships);
