/**
 * HTTP Basic authentication exactly as Fivetran: `Authorization: Basic base64(key:secret)`
 * with a user's scoped key or a system key. Every failure is 401 `Unauthorized`; no message
 * ever contains the secret.
 */
import { isoTime } from './respond';
import type { EmulatorState } from './state';
import { acceptsSecret, isExpired } from './userApiKeys';
import { ApiError, type Caller } from './types';

const STRICT_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function unauthorized(message: string): ApiError {
	return new ApiError(401, 'Unauthorized', message);
}

/** Key and secret from a Basic header; throws 401 when missing or malformed. */
export function parseBasic(header: string | undefined): { key: string; secret: string } {
	if (header === undefined || header.trim() === '')
		throw unauthorized('Missing Authorization header');
	const match = /^Basic\s+(\S+)\s*$/i.exec(header);
	if (!match || !STRICT_BASE64.test(match[1]) || match[1].length % 4 !== 0) {
		throw unauthorized(
			'Malformed Authorization header: expected Basic base64(<api_key>:<api_secret>)',
		);
	}
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon <= 0 || colon === decoded.length - 1) {
		throw unauthorized(
			'Malformed Authorization header: expected Basic base64(<api_key>:<api_secret>)',
		);
	}
	return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/**
 * Resolves the caller of a request. System keys are refused once `expired_at` has passed on
 * the emulator clock, and after rotation with the old secret; their `last_used_at` is updated.
 * User keys likewise once `expires_at` has passed; after a rotation their old secret is
 * accepted until the overlap ends (userApiKeys.ts).
 */
export function authenticate(
	header: string | undefined,
	state: EmulatorState,
	now: number,
): Caller {
	const { key, secret } = parseBasic(header);
	const userKey = state.userKeys.get(key);
	if (userKey) {
		const user = state.users.get(userKey.userId);
		if (!acceptsSecret(userKey, secret, now) || !user) {
			throw unauthorized('Invalid API key or secret');
		}
		if (isExpired(userKey, now)) throw unauthorized('API key has expired');
		if (!user.active) throw unauthorized('The user of this API key is disabled');
		return { kind: 'user', apiKey: key, id: user.id };
	}
	for (const systemKey of state.systemKeys.values()) {
		if (systemKey.key !== key) continue;
		if (systemKey.secret !== secret) throw unauthorized('Invalid API key or secret');
		if (systemKey.expired_at !== null && Date.parse(systemKey.expired_at) <= now) {
			throw unauthorized('System key has expired');
		}
		systemKey.last_used_at = isoTime(now);
		return { kind: 'system_key', apiKey: key, id: systemKey.id };
	}
	throw unauthorized('Invalid API key or secret');
}
