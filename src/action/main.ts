// The GitHub Action's entry point: inputs → engine → outputs, summary, annotations, comment.
import { readSettings } from "./inputs.js";
import { reportFailure, runAction } from "./run.js";

try {
  await runAction(readSettings(process.env));
} catch (error) {
  reportFailure(error);
}
