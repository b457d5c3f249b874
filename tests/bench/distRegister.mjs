// `node --import ./tests/bench/distRegister.mjs …`: runs a command on the built packages.
import { register } from 'node:module';

register('./distHooks.mjs', import.meta.url);
