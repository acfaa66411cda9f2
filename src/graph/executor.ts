// The one door to Neo4j: managed transactions, timeouts, routing, the ACL rule and value conversion.
import neo4j, { type Driver, type ManagedTransaction, type QueryConfig } from 'neo4j-driver';
import { expandAcl, usesAcl } from './acl.js';
import { toPlain, type Plain } from './convert.js';
import { mapDriverError } from './errors.js';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

export interface ExecutorOptions {
  database: string | undefined;
  timeoutMs: number;
}

/** Per-request statistics; tests read them to prove round-trip bounds. */
export interface QueryStats {
  queries: number;
}

/** Source agency -> highest visible marking rank, for one viewer. */
export type AclMap = Record<string, number>;

export class GraphExecutor {
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {}

  /** Runs a trusted statement (migrations, seeding, agreements): no ACL, never with user-built text. */
  async trustedRead(cypher: string, params: Params = {}, stats?: QueryStats): Promise<Row[]> {
    return this.run('READ', cypher, params, stats);
  }

  async trustedWrite(cypher: string, params: Params = {}, stats?: QueryStats): Promise<Row[]> {
    return this.run('WRITE', cypher, params, stats);
  }

  /** Several trusted writes in one transaction: all or nothing. */
  async trustedWriteAll(steps: Array<{ cypher: string; params: Params }>): Promise<void> {
    const session = this.session('WRITE');
    try {
      await session.executeWrite(async (tx) => {
        for (const step of steps) await tx.run(step.cypher, step.params);
      }, this.txConfig());
    } catch (err) {
      throw mapDriverError(err);
    } finally {
      await session.close();
    }
  }

  /** A viewer-bound reader: every statement must apply ACL(...) and gets the viewer's `$acl`. */
  forViewer(acl: () => Promise<AclMap>, stats: QueryStats): ViewerGraph {
    return new ViewerGraph(this, acl, stats);
  }

  async run(mode: 'READ' | 'WRITE', cypher: string, params: Params, stats?: QueryStats): Promise<Row[]> {
    const session = this.session(mode);
    if (stats) stats.queries += 1;
    try {
      const work = async (tx: ManagedTransaction) => (await tx.run(cypher, params)).records;
      const records =
        mode === 'READ'
          ? await session.executeRead(work, this.txConfig())
          : await session.executeWrite(work, this.txConfig());
      return records.map((r) => toPlain(r.toObject()) as Row);
    } catch (err) {
      throw mapDriverError(err);
    } finally {
      await session.close();
    }
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private txConfig(): QueryConfig & { timeout: number } {
    return { timeout: this.options.timeoutMs };
  }
}

export class ViewerGraph {
  constructor(
    private readonly executor: GraphExecutor,
    private readonly acl: () => Promise<AclMap>,
    readonly stats: QueryStats,
  ) {}

  /** `asOf` in params (a Neo4j DateTime, see graph/temporal.ts) narrows the view to what was reported by then. */
  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.executor.run('READ', await this.prepare(cypher), { asOf: null, ...params, acl: await this.acl() }, this.stats);
  }

  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.executor.run('WRITE', await this.prepare(cypher), { asOf: null, ...params, acl: await this.acl() }, this.stats);
  }

  // A statement that forgot the rule is a bug we refuse to run, not a leak we discover later.
  private async prepare(cypher: string): Promise<string> {
    if (!usesAcl(cypher)) throw new Error('viewer statement without ACL(...) refused');
    return expandAcl(cypher);
  }
}
