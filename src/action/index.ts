// The Action's entry point (action.yml runs dist/index.js, built from this file).
import { run } from "./main.js";

await run();
