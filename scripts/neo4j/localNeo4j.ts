// A local Neo4j Community for npm run neo4j and the tests: Maven resolves it (into ~/.m2) and compiles the launcher
// (into scripts/neo4j/target/, not committed), then one JVM serves Bolt on 127.0.0.1 with a generated password.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { InputError, KgError } from '../../src/model/errors.ts';
import type { LocalNeo4jVariables } from '../../src/store/neo4j/envFile.ts';

export const LAUNCHER_DIR = fileURLToPath(new URL('.', import.meta.url));
const TARGET = join(LAUNCHER_DIR, 'target');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const LAUNCHER_CLASS = join(TARGET, 'classes/kgexplorer/Neo4jLauncher.class');
const SOURCES = [join(LAUNCHER_DIR, 'pom.xml'), join(LAUNCHER_DIR, 'src/main/java/kgexplorer/Neo4jLauncher.java')];

const INSTALL = {
  java:
    'Java 17 or newer is needed to run Neo4j: apt-get install openjdk-17-jre-headless (Debian/Ubuntu), ' +
    'brew install openjdk@17 (macOS), or a JDK from https://adoptium.net',
  mvn:
    'Maven is needed to fetch Neo4j Community from Maven Central: apt-get install maven (Debian/Ubuntu), ' +
    'brew install maven (macOS), or https://maven.apache.org/install.html',
};

/** Refuses early, naming what is missing and how to install it, when java or mvn is not on the PATH. */
export function checkTools(): void {
  for (const tool of ['java', 'mvn'] as const) {
    const probe = spawnSync(tool, ['-version'], { stdio: 'ignore' });
    if (probe.error)
      throw new InputError(tool === 'java' ? 'NO_JAVA' : 'NO_MAVEN', `${tool} not found. ${INSTALL[tool]}`);
  }
}

const newerThanSources = (file: string) =>
  existsSync(file) && SOURCES.every((source) => statSync(source).mtimeMs <= statSync(file).mtimeMs);

/** The launcher's classpath; Maven runs only when the pom or the launcher changed since the last build. */
export function buildLauncher(log: (line: string) => void = () => undefined): string {
  if (!newerThanSources(CLASSPATH_FILE) || !newerThanSources(LAUNCHER_CLASS)) {
    log('resolving Neo4j Community with Maven (the first time downloads about 45 MB into ~/.m2) …');
    const build = spawnSync(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        join(LAUNCHER_DIR, 'pom.xml'),
        'compile',
        'dependency:build-classpath',
        `-Dmdep.outputFile=${CLASSPATH_FILE}`,
      ],
      { encoding: 'utf8' },
    );
    if (build.status !== 0)
      throw new KgError(
        'MAVEN_FAILED',
        `Maven could not resolve or build the Neo4j launcher (scripts/neo4j/pom.xml):\n${(build.stdout + build.stderr).trim().split('\n').slice(-15).join('\n')}\n` +
          'Check that Maven Central is reachable (a proxy goes in ~/.m2/settings.xml).',
      );
  }
  return `${join(TARGET, 'classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

/** A port nothing listens on at the moment it is asked. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

export interface LocalNeo4j {
  variables: LocalNeo4jVariables;
  pid: number;
  /** Shuts Neo4j down and waits for the JVM to exit. */
  stop(): Promise<void>;
  /** Settles when the JVM exits, for whatever reason. */
  exited: Promise<number | null>;
}

export interface StartOptions {
  /** 0: any free port. */
  port: number;
  /** Neo4j's home: data/, logs/ (created when missing). */
  dataDir: string;
  log?: (line: string) => void;
  /** How long the JVM may take to say "ready". */
  timeoutMs?: number;
  /** The neo4j user's password; a new random one when not given. */
  password?: string;
}

/** Starts the JVM and resolves once Neo4j answers on Bolt. The JVM also exits when this process dies. */
export async function startLocalNeo4j({
  port,
  dataDir,
  log = () => undefined,
  timeoutMs = 180_000,
  password = randomBytes(18).toString('base64url'),
}: StartOptions): Promise<LocalNeo4j> {
  checkTools();
  const classpath = buildLauncher(log);
  const boltPort = port || (await freePort());
  const home = resolve(dataDir);
  mkdirSync(home, { recursive: true });
  // The password goes in the environment, not the command line that ps shows. Standard input stays a pipe: its end
  // tells the JVM that this process is gone, so no Neo4j outlives it.
  const jvm = spawn(
    'java',
    ['-Xms256m', '-Xmx1g', '-XX:+UseSerialGC', '-cp', classpath, 'kgexplorer.Neo4jLauncher', String(boltPort), home],
    {
      env: { ...process.env, NEO4J_PASSWORD: password },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((done) => jvm.once('exit', (code) => done(code)));
  const output: string[] = [];
  // The first lines say what failed; a Java stack trace follows them.
  const keep = (line: string) => {
    if (output.length < 20) output.push(line);
  };
  createInterface({ input: jvm.stderr }).on('line', keep);
  const lines = createInterface({ input: jvm.stdout });
  const ready = await new Promise<boolean>((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    lines.on('line', (line) => {
      if (line === 'ready') {
        clearTimeout(timer);
        done(true);
      } else keep(line);
    });
    void exited.then(() => done(false));
  });
  const stop = async () => {
    if (jvm.exitCode === null && jvm.signalCode === null) jvm.kill('SIGTERM');
    await exited;
  };
  if (!ready) {
    await stop();
    throw new KgError(
      'NEO4J_DID_NOT_START',
      `Neo4j did not start on 127.0.0.1:${boltPort} with data in ${home}:\n${output.join('\n')}\n` +
        `Its log: ${join(home, 'logs/debug.log')}`,
    );
  }
  return {
    variables: { NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password },
    pid: jvm.pid!,
    stop,
    exited,
  };
}

/** Runs neo4j-admin (org.neo4j.cli.AdminTool, from neo4j-command-line and neo4j-import-tool) on the Neo4j home. */
export function neo4jAdmin(args: string[], home: string): { status: number | null; output: string } {
  checkTools();
  const conf = join(resolve(home), 'conf');
  mkdirSync(conf, { recursive: true });
  const run = spawnSync('java', ['-Xmx1g', '-cp', buildLauncher(), 'org.neo4j.cli.AdminTool', ...args], {
    encoding: 'utf8',
    // The importer writes import.report into its working folder.
    cwd: resolve(home),
    env: { ...process.env, NEO4J_HOME: resolve(home), NEO4J_CONF: conf },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}
