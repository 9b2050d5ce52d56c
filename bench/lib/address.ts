import type { EmulatorAddress } from './remoteEmulator';

/** The plain, IPC-safe part of a remote emulator, for handing to a worker. */
export function addressOf(emu: EmulatorAddress): EmulatorAddress {
	return { baseUrl: emu.baseUrl, apiKey: emu.apiKey, apiSecret: emu.apiSecret };
}
