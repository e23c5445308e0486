// Ink's development switch, always off in talkturn's bundle (see scripts/build.mjs).
export const isDev = () => false;
