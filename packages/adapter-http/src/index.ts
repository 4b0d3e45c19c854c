export type { HttpBackendOptions } from './HttpBackendOptions.ts';
export { httpBackend } from './httpBackend.ts';
