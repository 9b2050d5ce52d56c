import { returnAllOrLimit } from '../../../../shared/descriptions';
import { teamIdField, teamMembershipTypeField, teamOperationFields } from './fields';
import { teamMemberships } from './parameters';
import { getMembershipsOperation } from '../shared/membershipOperations';

export const description = teamOperationFields('getMemberships', [
	teamIdField,
	teamMembershipTypeField,
	...returnAllOrLimit(),
]);

export const { concurrency, execute } = getMembershipsOperation(teamMemberships);
