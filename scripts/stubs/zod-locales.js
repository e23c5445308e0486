// Stands in for zod's `locales` namespace in the bundle: English only (see scripts/build.mjs).
export { default as en } from 'zod/v4/locales/en.js';
