/**
 * What the User API Key operations output. Create and Rotate answer the key with its secret
 * (`key_secret`), shown once: it is output as `secretShownOnce`, right after `key_value`, like
 * System Key Create / Rotate. Lists and Get never carry a secret.
 */
import type { IDataObject } from 'n8n-workflow';

import { withSecretShownOnce } from '../shared/secretShownOnce';

/** The created or rotated key of `userId`, its one-time secret renamed. */
export function userApiKeyWithSecretOutput(userId: string, record: IDataObject): IDataObject {
	const { key_secret: secret, ...key } = record;
	return withSecretShownOnce({ user_id: userId, ...key }, secret, 'key_value');
}

/** What a rotation means for the old secret, in words (Fivetran's rotate_user_api_key). */
export function rotationMessage(rotated: IDataObject, overlapDays: number): string {
	if (overlapDays === 0) return 'The previous secret no longer works: use secretShownOnce';
	const until = typeof rotated.overlap_expires_at === 'string' ? rotated.overlap_expires_at : '';
	return `The previous secret stays valid ${until ? `until ${until}` : `for ${overlapDays} days`} (overlap): move every client to secretShownOnce before then`;
}
