import { teamMembershipFields, teamOperationFields } from './fields';
import { teamMemberships } from './parameters';
import { removeMembershipOperation } from '../shared/membershipOperations';

export const description = teamOperationFields('removeMembership', [...teamMembershipFields]);

export const { concurrency, execute } = removeMembershipOperation(teamMemberships);
