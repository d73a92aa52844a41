import nodeModule from 'node:module';

// Node 22.1+ keeps the code it compiled for each module on disk, so a second start skips most of
// loading the hub's dependencies; Node 20 has no such cache and starts as before.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
