/**
 * The trigger's hostile-delivery matrix (triggerMatrix.ts) through FivetranTrigger.webhook():
 * each request, with a stored secret and without one, gets its answer and starts nothing.
 */
import type { IDataObject } from 'n8n-workflow';

import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { webhookContext, type Delivery } from '../trigger/fakes';
import { TRIGGER_MATRIX } from './triggerMatrix';

async function answerTo(delivery: Delivery, staticData: IDataObject) {
	const { context, response } = webhookContext(
		{ parameters: { scope: 'account', events: ['sync_end'], options: {} }, staticData },
		delivery,
	);
	const result = await new FivetranTrigger().webhook.call(context);
	return { ran: result.workflowData !== undefined, status: response.statusCode };
}

describe.each(TRIGGER_MATRIX)('$name', (row) => {
	const delivery: Delivery = {
		rawBody: Buffer.from(row.body),
		headers: row.contentType === undefined ? {} : { 'content-type': row.contentType },
	};

	it(`answers ${row.status} with a secret stored, and runs nothing`, async () => {
		const stored = { webhookId: 'wh_1', secret: 'a-stored-secret' };
		expect(await answerTo(delivery, stored)).toEqual({ ran: false, status: row.status });
	});

	it(`answers ${row.statusWithoutSecret} without a stored secret, and runs nothing`, async () => {
		expect(await answerTo(delivery, {})).toEqual({
			ran: false,
			status: row.statusWithoutSecret,
		});
	});
});
