/**
 * @actions/core replaced for in-process Action tests (as actions/typescript-action does):
 * inputs come from `runner.inputs`, and what the Action says goes into `runner`: workflow
 * commands as the runner would read them on stdout, outputs, the job summary, the exit code.
 */
type Properties = { title?: string; file?: string; startLine?: number; startColumn?: number };

export const runner = {
  inputs: new Map<string, string>(),
  stdout: [] as string[],
  outputs: {} as Record<string, string>,
  summary: "",
  exitCode: 0,
  reset(inputs: Record<string, string>): void {
    this.inputs = new Map(Object.entries(inputs));
    this.stdout = [];
    this.outputs = {};
    this.summary = "";
    this.exitCode = 0;
  },
};

// The runner's escaping of workflow commands (the toolkit's command.ts).
const escapeData = (s: string) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (s: string) => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

function command(name: string, message: string, properties: Properties = {}): void {
  const props = Object.entries({
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    col: properties.startColumn,
  })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  runner.stdout.push(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`);
}

export function getInput(name: string, options?: { required?: boolean }): string {
  const value = (runner.inputs.get(name) ?? "").trim();
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return value;
}

export function setSecret(secret: string): void {
  runner.stdout.push(`::add-mask::${escapeData(secret)}`);
}

export function setOutput(name: string, value: unknown): void {
  runner.outputs[name] = String(value);
}

export function info(message: string): void {
  runner.stdout.push(message);
}

export function notice(message: string, properties?: Properties): void {
  command("notice", message, properties);
}

export function warning(message: string, properties?: Properties): void {
  command("warning", message, properties);
}

export function error(message: string, properties?: Properties): void {
  command("error", message, properties);
}

export function setFailed(message: string): void {
  runner.exitCode = 1;
  error(message);
}

type Cell = string | { data: string; header?: boolean };

/** The job summary, written as the toolkit writes it (HTML for headings and tables). */
class Summary {
  private buffer = "";
  addHeading(text: string, level = 1): this {
    this.buffer += `<h${level}>${text}</h${level}>\n`;
    return this;
  }
  addRaw(text: string): this {
    this.buffer += text;
    return this;
  }
  addTable(rows: Cell[][]): this {
    const cell = (c: Cell) =>
      typeof c === "string" ? `<td>${c}</td>` : c.header ? `<th>${c.data}</th>` : `<td>${c.data}</td>`;
    this.buffer += `<table>${rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("")}</table>\n`;
    return this;
  }
  async write(): Promise<this> {
    runner.summary += this.buffer;
    this.buffer = "";
    return this;
  }
}

export const summary = new Summary();
