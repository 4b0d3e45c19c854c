// The HTTP adapter as one module to import lazily, for the same reason as
// `clientModule.ts`: `import('@destek/adapter-http')` keeps all its exports.
export { httpBackend } from '@destek/adapter-http';
