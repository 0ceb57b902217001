// Zod as the renderer's code sees it: the build points every `import … from 'zod'` here
// (vite.config.ts), so the setting below is made before any module builds a schema, whichever
// chunk that module lands in and however late it loads. The renderer's CSP has no 'unsafe-eval':
// without jitless, building the first schema probes for eval with new Function(), and even caught,
// the probe is reported as a CSP violation.

import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
