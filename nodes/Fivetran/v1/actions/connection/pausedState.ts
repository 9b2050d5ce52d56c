/** Pause and Resume are the same PATCH with `paused` set one way or the other. */
import type { IExecuteFunctions } from 'n8n-workflow';

import { apiPath, fivetranApiRequest } from '../../../../shared/transport';
import type { OperationModule } from '../node.type';
import { connectionIdField, connectionOperationFields } from './fields';
import { getConnectionId } from './params';
import { withoutAuth } from './results';

/** An operation module that sets `paused` and returns the updated connection. */
export function pausedStateOperation(operation: string, paused: boolean): OperationModule {
	return {
		description: connectionOperationFields(operation, [connectionIdField]),
		concurrency: 'write',
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const connectionId = getConnectionId.call(this, itemIndex);
			const { data } = await fivetranApiRequest.call(this, {
				method: 'PATCH',
				path: apiPath`/v1/connections/${connectionId}`,
				body: { paused },
				acceptVersion2: true,
				itemIndex,
			});
			return withoutAuth(data);
		},
	};
}
