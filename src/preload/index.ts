import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api';

// Only the API object crosses the bridge; ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld('galley', createApi(ipcRenderer));
