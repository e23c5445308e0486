declare const __TALKTURN_VERSION__: string | undefined;

/** The package's version, set by the build. */
export const VERSION =
  typeof __TALKTURN_VERSION__ === 'string' ? __TALKTURN_VERSION__ : '0.0.0-dev';
