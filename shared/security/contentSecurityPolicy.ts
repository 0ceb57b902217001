// The app's Content Security Policy, in one place: the main process sends it as a header on every
// app:// response and the renderer build writes it into index.html for the browser host. No
// 'unsafe-eval' and no remote origin: the app runs entirely from its own files.
// 'unsafe-inline' for styles only: Cytoscape and the dialog library set inline styles.

const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> element cannot carry (browsers ignore them there and warn). */
const HEADER_ONLY = new Set(['frame-ancestors']);

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join(
  '; ',
);

export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name))
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
