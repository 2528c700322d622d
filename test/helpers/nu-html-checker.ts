// The W3C Nu HTML Checker (the vnu.jar that the vnu-jar package ships) over many pages in one Java process, as
// its JSON report. vnu-jar's install script, which would download a Java runtime, is not allowed to run
// (package.json allowScripts): Java comes from the machine, Debian's default-jre-headless.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/** vnu-jar's main export is the path of its vnu.jar. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

const NO_JAVA = 'the Nu HTML checker (vnu-jar) needs Java 17 or newer, and there is no `java` command: on Debian, apt-get install -y default-jre-headless';

/** One message of the checker's report: columns count from 1, and `extract` quotes the markup around it. */
export interface NuMessage {
  /** "error", "info" (a warning when subType is "warning"), or "non-document-error" (the page could not be read). */
  type: string;
  subType?: string;
  url: string;
  message: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  extract?: string;
  /** Where the markup the message is about starts in `extract`, and its length. */
  hiliteStart?: number;
  hiliteLength?: number;
}

/** Checks every URL, HTML or CSS (http://127.0.0.1:… is allowed), and returns every message, errors, warnings and infos. */
export async function nuCheck(urls: string[]): Promise<NuMessage[]> {
  // The checker refuses localhost URLs unless told otherwise (it guards its web service against requests inward).
  const args = ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', VNU_JAR, '--also-check-css', '--format', 'json', '--stdout', ...urls];
  const { code, stdout, stderr } = await run('java', args);
  try {
    return (JSON.parse(stdout) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu HTML checker (exit code ${code}) wrote no JSON report:\n${stdout}\n${stderr}`);
  }
}

/** The markup a message is about, as quoted in its extract: "<style>", "<script type=…>". */
export function highlighted(message: NuMessage): string {
  if (message.extract === undefined || message.hiliteStart === undefined || message.hiliteLength === undefined) return '';
  return message.extract.slice(message.hiliteStart, message.hiliteStart + message.hiliteLength);
}

function run(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk; });
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new Error(NO_JAVA) : error));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
