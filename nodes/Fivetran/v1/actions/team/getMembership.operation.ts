import { teamMembershipFields, teamOperationFields } from './fields';
import { teamMemberships } from './parameters';
import { getMembershipOperation } from '../shared/membershipOperations';

export const description = teamOperationFields('getMembership', [...teamMembershipFields]);

export const { concurrency, execute } = getMembershipOperation(teamMemberships);
