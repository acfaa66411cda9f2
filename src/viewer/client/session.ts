/// <reference lib="dom" />
// What the analyst is looking at: the seed's network, the nodes expanded since, and the rules for reloading them.
import { ApiError, fetchDefaultSeed, fetchNeighbourhood, fetchNetwork, type Analysis, type Query } from './api.js';
import { readForm, seedFieldInUse, setSeed, setStatus, type FormState } from './controls.js';
import { mergeAnalysis, type ViewerGraph } from './graphData.js';
import { placeAround, placeInRings, relax } from './layout.js';

export class Session {
  private seed = '';
  private opened: string[] = [];
  /** Bumped by every load, so answers to an older load or expansion are dropped. */
  private generation = 0;
  private truncated = false;
  private capped = 0;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly onChange: () => void,
  ) {}

  /** Expanded node ids, in the order the analyst opened them (kept while the seed stays, even outside the window). */
  get expanded(): readonly string[] {
    return this.opened;
  }

  /** True when an answer of this picture was cut by the API's caps (said in the status and the export). */
  get wasTruncated(): boolean {
    return this.truncated;
  }

  /** Loads the seed from the form; with `replay`, re-expands the same nodes (a new time window on the same picture). */
  async load(replay: boolean): Promise<void> {
    let form = readForm();
    const generation = ++this.generation;
    if (!form.seed) {
      // The first screen: a person this token can see, so a newcomer never meets an empty canvas.
      setStatus('Finding a person your agency can see…', 'loading');
      try {
        const seed = await fetchDefaultSeed(form.query.token);
        if (generation !== this.generation) return;
        // A seed typed while the first person was being found wins: it is never overwritten. Nor is the
        // empty field filled under an analyst who is in it: what they type next would join the end of that id.
        if (!readForm().seed) {
          if (seedFieldInUse()) return setStatus('Type a seed id and press Load (left empty: your top recruiter).', 'ready');
          if (!seed) return this.finish(form);
          setSeed(seed.id);
        }
        form = readForm();
      } catch (err) {
        if (generation === this.generation) this.fail(err);
        return;
      }
    }
    const again = replay && form.seed === this.seed ? [...this.opened] : [];
    setStatus(`Loading ${form.mode} of ${form.seed}…`, 'loading');
    try {
      const analysis = form.mode === 'network' ? await fetchNetwork(form.query, form.seed) : await fetchNeighbourhood(form.query, [form.seed]);
      if (generation !== this.generation) return;
      this.graph.clear();
      this.seed = form.seed;
      this.opened = [];
      this.truncated = false;
      this.capped = 0;
      this.noteCaps(analysis);
      placeInRings(this.graph, mergeAnalysis(this.graph, analysis).added);
      relax(this.graph, 80);
      // A node outside this window stays on the list, so sliding back restores the analyst's picture.
      for (const id of again) {
        if (this.graph.hasNode(id)) await this.expandNode(id, form.query, generation);
        else this.opened.push(id);
      }
      if (generation === this.generation) this.finish(form);
    } catch (err) {
      if (generation === this.generation) this.fail(err);
    }
  }

  /** Fetches a node's neighbourhood (one hop, same window) and merges it; resolves to the number of nodes added. */
  async expand(id: string): Promise<number> {
    if (!this.graph.hasNode(id)) return 0;
    const form = readForm();
    const generation = this.generation;
    setStatus(`Expanding ${this.graph.getNodeAttribute(id, 'name')}…`, 'loading');
    try {
      const added = await this.expandNode(id, form.query, generation);
      if (generation === this.generation) this.finish(form);
      return added;
    } catch (err) {
      if (generation === this.generation) this.fail(err);
      return 0;
    }
  }

  private async expandNode(id: string, query: Query, generation: number): Promise<number> {
    const analysis = await fetchNeighbourhood({ ...query, depth: 1 }, [id]);
    if (generation !== this.generation || !this.graph.hasNode(id)) return 0;
    const { added } = mergeAnalysis(this.graph, analysis, this.graph.getNodeAttribute(id, 'depth'));
    this.graph.setNodeAttribute(id, 'forceLabel', true);
    if (!this.opened.includes(id)) this.opened.push(id);
    this.noteCaps(analysis);
    placeAround(this.graph, id, added);
    relax(this.graph, 40, new Set(added));
    return added.length;
  }

  private noteCaps(analysis: Analysis): void {
    this.truncated ||= analysis.subgraph.truncated;
    this.capped += analysis.subgraph.cappedNodes.length;
  }

  private finish(form: FormState): void {
    const { graph } = this;
    const lines = [`${graph.order} nodes, ${graph.size} links: ${form.mode} of ${this.seed}`];
    if (form.query.between) lines.push(`facts true ${form.query.between.from.slice(0, 4)}–${form.query.between.to.slice(0, 4)}`);
    const shown = this.opened.filter((id) => graph.hasNode(id)).length;
    if (this.opened.length) lines.push(`expanded: ${shown}${shown < this.opened.length ? ` (+${this.opened.length - shown} outside this window)` : ''}`);
    // A cut answer must say so: an analyst reading "no link" from a truncated graph would be wrong.
    if (this.truncated) lines.push('truncated: the node cap was reached');
    if (this.capped) lines.push(`${this.capped} hub(s) had links capped: expand them to see more`);
    if (graph.order === 0) lines.push('Nothing visible for this token (a hidden record and a missing one look the same).');
    setStatus(lines.join('\n'), 'ready');
    this.onChange();
  }

  private fail(err: unknown): void {
    const message = err instanceof ApiError ? `${err.code}: ${err.message}` : `Request failed: ${String(err)}`;
    setStatus(message, 'error');
    this.onChange();
  }
}
