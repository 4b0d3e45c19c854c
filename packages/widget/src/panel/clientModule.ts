// What the panel takes from core, as one module to import lazily: importing
// `@destek/core` itself with `import()` would keep every export of the package
// (the memory backend, the capture rings…) instead of just these two.
export { createSupportClient, resolveConfig } from '@destek/core';
