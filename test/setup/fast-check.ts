import fc from 'fast-check';

// CI must be repeatable: property tests run from a fixed seed unless FC_SEED says otherwise.
// `FC_SEED=random npm test` explores new inputs; a failure prints the seed that reproduces it.
const seed = process.env.FC_SEED ?? '20261123';
if (seed !== 'random') fc.configureGlobal({ seed: Number(seed) });
