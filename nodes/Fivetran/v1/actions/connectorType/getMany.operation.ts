import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../../shared/descriptions';
import { listOperation } from '../shared/listOperation';

export const description = updateDisplayOptions(
	{ show: { resource: ['connectorType'], operation: ['getMany'] } },
	returnAllOrLimit(),
);

export const { concurrency, execute } = listOperation('/v1/metadata/connector-types');
