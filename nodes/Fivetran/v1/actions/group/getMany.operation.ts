import { returnAllOrLimit } from '../../../../shared/descriptions';
import { listOperation } from '../shared/listOperation';
import { groupOperationFields } from './fields';

export const description = groupOperationFields('getMany', [...returnAllOrLimit()]);

export const { concurrency, execute } = listOperation('/v1/groups');
