import autocannon from 'autocannon';

/**
 * The load generator in a process of its own (forked by load.ts): one autocannon run with the
 * options it is sent, its result sent back. Out of the benchmark's process, its CPU stays out of
 * the server's CPU per request.
 */
process.once('message', (options: autocannon.Options) => {
  autocannon(options)
    .then((result) => process.send!({ result }, () => process.exit(0)))
    .catch((error: unknown) => process.send!({ error: String(error) }, () => process.exit(1)));
});
process.send!({ ready: true });
