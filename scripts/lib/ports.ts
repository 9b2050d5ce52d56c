/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/** Free TCP ports on the loopback interface. */
import { createServer } from 'node:net';

function listenOnce(port: number, host: string): Promise<number | undefined> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(undefined));
		server.listen(port, host, () => {
			const address = server.address();
			const bound = typeof address === 'object' && address !== null ? address.port : undefined;
			server.close(() => resolve(bound));
		});
	});
}

/**
 * `preferred` when it is free, otherwise a port the OS picks. (Another process may still take it
 * before we bind it; good enough for local tooling.)
 */
export async function freePort(preferred?: number, host = '127.0.0.1'): Promise<number> {
	if (preferred !== undefined) {
		const port = await listenOnce(preferred, host);
		if (port !== undefined) return port;
	}
	const port = await listenOnce(0, host);
	if (port === undefined) throw new Error(`No free port on ${host}`);
	return port;
}
