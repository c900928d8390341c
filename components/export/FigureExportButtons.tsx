'use client';
/**
 * "Export timeline (SVG/PNG)" and "Export graph (SVG/PNG)": four buttons
 * that save the figures as they are on screen, each with its caption naming
 * the sources. Used by the briefing view; the explorer can place it as is
 * (see the report to the lead). The timeline is found in the DOM under
 * `timelineSelector`; the graph is whichever renderer the page shows: the
 * live Cytoscape instance on `window.__atharCy`, or the canvas graph's
 * handle on `window.__atharGraph` (thousands of actors).
 */
import { useState } from 'react';
import type { SourceSummary } from '@/lib/source-summary';
import { BRIEFING_STRINGS } from '@/components/briefing/strings';
import { useLang } from '@/components/i18n/lang-context';
import { figureCaption, figureFileName } from './caption';
import type { GraphFigure } from './graphFigure';
import './figure-export.css';

export interface FigureExportButtonsProps {
  /** CSS selector of the element that holds the Timeline component (its plot is the largest SVG inside). */
  timelineSelector: string;
  /** The sources the figures draw on, named in every caption. */
  sources: readonly SourceSummary[];
  /** What the figures show: a period, a briefing step's title; added to caption and file name. */
  detail?: string;
  /** The graph on the page, given the export's code; by default whichever renderer has published itself (see `pageGraph`). */
  getGraph?: (files: FigureFiles) => ExportableGraph | undefined;
  className?: string;
}

/** The timeline's plot: the largest SVG under the selector (the legend's small icons are SVGs too). */
export function findTimelineSvg(selector: string): SVGSVGElement | null {
  const svgs = [...document.querySelectorAll<SVGSVGElement>(`${selector} svg`)];
  const area = (svg: SVGSVGElement) => {
    const box = svg.getBoundingClientRect();
    return box.width * box.height;
  };
  return svgs.reduce<SVGSVGElement | null>((best, svg) => (best === null || area(svg) > area(best) ? svg : best), null);
}

/** The export's code (./figure-files), fetched at the first press. */
export type FigureFiles = typeof import('./figure-files');
const loadFigureFiles = (): Promise<FigureFiles> => import('./figure-files');

const svgBlob = (text: string) => new Blob([text], { type: 'image/svg+xml;charset=utf-8' });

/** The longest side of a graph PNG rendered from the canvas graph's SVG, px. */
const MAX_PNG_SIDE = 4096;

/** What the graph buttons need of a renderer: its picture, and a PNG of it with a caption. */
export interface ExportableGraph {
  figure(): GraphFigure;
  png(caption: readonly string[]): Promise<Blob>;
}

/** The graph the page shows: Cytoscape's (its own PNG, fonts as drawn) or the canvas graph's (PNG from the SVG). */
export function pageGraph({ figureFromCy, graphPng, graphSvgDocument, svgToPng, GRAPH_PNG_MIN_WIDTH }: FigureFiles): ExportableGraph | undefined {
  const cy = window.__atharCy;
  if (cy && !cy.destroyed()) return { figure: () => figureFromCy(cy), png: (caption) => graphPng(cy, caption) };
  const handle = window.__atharGraph;
  if (!handle) return undefined;
  return {
    figure: () => handle.figure(),
    png: (caption) => {
      const svg = graphSvgDocument(handle.figure(), caption);
      // Thousands of actors lay out over thousands of model px: the longest side stops at MAX_PNG_SIDE (a 8,000 px square is a 256 MB bitmap).
      return svgToPng(svg, Math.min(Math.max(1, GRAPH_PNG_MIN_WIDTH / svg.width), MAX_PNG_SIDE / Math.max(svg.width, svg.height)));
    },
  };
}

export function FigureExportButtons({ timelineSelector, sources, detail, getGraph = pageGraph, className }: FigureExportButtonsProps) {
  const [status, setStatus] = useState('');
  const lang = useLang();
  const STRINGS = BRIEFING_STRINGS[lang];
  const caption = (figure: string) => figureCaption({ figure, detail, sources, lang });

  const run = (task: (files: FigureFiles) => Promise<void> | void) => async () => {
    setStatus('');
    try {
      await task(await loadFigureFiles());
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  const timeline = (files: FigureFiles) => {
    const svg = findTimelineSvg(timelineSelector);
    if (!svg) throw new Error(STRINGS.exportUnavailable);
    return files.timelineSvgDocument(svg, caption(STRINGS.captionTimeline));
  };
  const graph = (files: FigureFiles) => {
    const instance = getGraph(files);
    if (!instance) throw new Error(STRINGS.exportUnavailable);
    return instance;
  };
  const name = (what: string, extension: 'svg' | 'png') => figureFileName(what, detail, extension);

  return (
    <div className={`figure-export${className ? ` ${className}` : ''}`} role="group" aria-label={STRINGS.exportLabel}>
      <button type="button" onClick={run((f) => f.downloadBlob(svgBlob(timeline(f).text), name('timeline', 'svg')))}>
        {STRINGS.exportTimelineSvg}
      </button>
      <button type="button" onClick={run(async (f) => f.downloadBlob(await f.svgToPng(timeline(f), f.timelinePngScale()), name('timeline', 'png')))}>
        {STRINGS.exportTimelinePng}
      </button>
      <button type="button" onClick={run((f) => f.downloadBlob(svgBlob(f.graphSvgDocument(graph(f).figure(), caption(STRINGS.captionGraph)).text), name('graph', 'svg')))}>
        {STRINGS.exportGraphSvg}
      </button>
      <button type="button" onClick={run(async (f) => f.downloadBlob(await graph(f).png(caption(STRINGS.captionGraph)), name('graph', 'png')))}>
        {STRINGS.exportGraphPng}
      </button>
      <p className="figure-export-status" role="status">
        {status}
      </p>
    </div>
  );
}
