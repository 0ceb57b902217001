// Zod's settings for the renderer. main.tsx imports this before anything else, because Zod reads
// them while each object schema is built, at module load. The renderer's CSP has no
// 'unsafe-eval': without jitless, building the first schema probes for eval with new Function(),
// and even caught, the probe is reported as a CSP violation.

import { z } from 'zod';

z.config({ jitless: true });
