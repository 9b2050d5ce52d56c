/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test tooling: runs under Node, never shipped */
/**
 * A local webhook endpoint for the Webhook tests: records every POST the emulator delivers
 * (creation pings, test events) and answers with `status`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Receiver {
	/** `http://127.0.0.1:<port>/hook`: loopback, so plain http is allowed. */
	url: string;
	/** The parsed JSON body of every POST, in order. */
	events: Array<Record<string, unknown>>;
	/** What the endpoint answers (default 200). */
	status: number;
	close(): Promise<void>;
}

export async function startReceiver(status = 200): Promise<Receiver> {
	const events: Receiver['events'] = [];
	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			events.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
			response.writeHead(receiver.status).end('ok');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const receiver: Receiver = {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
		events,
		status,
		close: async () =>
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
	return receiver;
}
