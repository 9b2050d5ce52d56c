/**
 * Loopback hosts (local testing, the emulator): the only ones Fivetran's "webhooks need
 * HTTPS" rule lets through over plain http. `URL.hostname` keeps IPv6 brackets: `[::1]`.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `value` is a URL whose host is a loopback host; false for anything unparsable. */
export function isLoopbackUrl(value: string | URL): boolean {
	try {
		return LOOPBACK_HOSTS.has(new URL(value).hostname);
	} catch {
		return false;
	}
}
