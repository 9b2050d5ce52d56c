import { returnAllOrLimit } from '../../../../shared/descriptions';
import { listOperation } from '../shared/listOperation';
import { teamOperationFields } from './fields';

export const description = teamOperationFields('getMany', returnAllOrLimit());

export const { concurrency, execute } = listOperation('/v1/teams');
