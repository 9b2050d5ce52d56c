/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test tooling: runs under Node, never shipped */
/**
 * Polls until n8n (another process, with its own timers) has done something: an execution
 * recorded, a webhook created. Tests use it to wait for n8n, never for the emulator's clock.
 */
export async function waitFor<T>(
	what: string,
	probe: () => T | undefined | Promise<T | undefined>,
	timeoutMs = 30_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline)
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}
