// The IPC contract shared by the main process, the preload and the renderer. The preload
// imports ./channels directly for values: this index also loads zod (./contract).
export * from './channels';
export * from './contract';
