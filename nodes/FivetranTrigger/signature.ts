import { createHmac, timingSafeEqual } from 'crypto';

/** Header Fivetran signs every delivery with (Node lower-cases incoming header names). */
export const SIGNATURE_HEADER = 'x-fivetran-signature-256';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

/** Lower-case hex HMAC-SHA256 of the exact request bytes, keyed with the webhook secret. */
export function signBody(rawBody: Buffer | string, secret: string): string {
	return createHmac('sha256', secret).update(rawBody).digest('hex');
}

/**
 * Whether `signature` is the HMAC-SHA256 of `rawBody` under `secret`.
 *
 * Fivetran's hex case is not documented (one client emits upper case), so both cases are
 * accepted. Anything missing or malformed (not exactly 64 hex digits, a repeated header
 * arriving as an array) is false; the comparison runs in constant time and never throws.
 */
export function isValidSignature(
	rawBody: Buffer | string | undefined,
	secret: string,
	signature: unknown,
): boolean {
	if (rawBody === undefined || secret === '') return false;
	if (typeof signature !== 'string' || !SHA256_HEX.test(signature)) return false;
	// Raw digest bytes: no hex round trip on the hot path of every delivery.
	const expected = createHmac('sha256', secret).update(rawBody).digest();
	const actual = Buffer.from(signature, 'hex');
	return timingSafeEqual(expected, actual);
}
