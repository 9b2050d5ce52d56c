import { returnAllOrLimit } from '../../../../shared/descriptions';
import { membershipTypeField, userIdField, userOperationFields } from './fields';
import { userMemberships } from './parameters';
import { getMembershipsOperation } from '../shared/membershipOperations';

export const description = userOperationFields('getMemberships', [
	userIdField,
	membershipTypeField,
	...returnAllOrLimit(),
]);

export const { concurrency, execute } = getMembershipsOperation(userMemberships);
