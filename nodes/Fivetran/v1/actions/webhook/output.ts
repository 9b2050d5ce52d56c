/**
 * What Webhook operations output. Fivetran masks a webhook's secret; the node makes sure of it,
 * so a secret never reaches an item even if an answer ever carried it in clear.
 */
import type { IDataObject } from 'n8n-workflow';

const MASK = '******';

export function webhookOutput(record: IDataObject): IDataObject {
	if (typeof record.secret !== 'string' || record.secret === '' || record.secret === MASK) {
		return record;
	}
	return { ...record, secret: MASK };
}
