export * from './layout';
export * from './pageDoc';
export * from './apply';
export * from './conflicts';
export * from './names';
export * from './projectDoc';
export * from './roles';
export * from './bundle';
