import { returnAllOrLimit } from '../../../../shared/descriptions';
import { listOperation } from '../shared/listOperation';
import { webhookOperationFields } from './fields';
import { webhookOutput } from './output';

export const description = webhookOperationFields('getMany', [...returnAllOrLimit()]);

export const { concurrency, execute } = listOperation('/v1/webhooks', webhookOutput);
