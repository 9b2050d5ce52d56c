/**
 * The lifecycle of a user's API key on the emulator clock, as Fivetran's September 2026
 * definition describes it (users/list_api_keys.json, get_user_api_key.json,
 * rotate_user_api_key.json): a key expires at `expires_at`; after a rotation with an overlap
 * both the old and the new secret are valid until `overlap_expires_at`
 * ("both the old and new secrets remain valid", rotate_user_api_key); `key_status` is
 * ACTIVE (one secret), ACTIVE_GRACE (two secrets during the overlap) or EXPIRED.
 * Pure functions of a key record and a time, shared by auth.ts and routes/userApiKeys.ts.
 */
import type { UserKeyRecord } from './state';

export type KeyStatus = 'ACTIVE' | 'ACTIVE_GRACE' | 'EXPIRED';

function passed(iso: string | null, now: number): boolean {
	return iso !== null && Date.parse(iso) <= now;
}

export function isExpired(key: UserKeyRecord, now: number): boolean {
	return passed(key.expires_at, now);
}

/** True while the secret a rotation replaced is still accepted. */
export function inOverlap(key: UserKeyRecord, now: number): boolean {
	return key.previous_secret !== null && key.overlap_expires_at !== null
		? !passed(key.overlap_expires_at, now)
		: false;
}

export function keyStatus(key: UserKeyRecord, now: number): KeyStatus {
	if (isExpired(key, now)) return 'EXPIRED';
	return inOverlap(key, now) ? 'ACTIVE_GRACE' : 'ACTIVE';
}

/** The current secret, or the previous one during the overlap. */
export function acceptsSecret(key: UserKeyRecord, secret: string, now: number): boolean {
	return key.secret === secret || (inOverlap(key, now) && key.previous_secret === secret);
}
