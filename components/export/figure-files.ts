/**
 * What the figure-export buttons run when pressed, in a chunk of its own:
 * the explorer's first-load script has a budget, and a figure is made only
 * on a press (FigureExportButtons loads this then).
 */
export { downloadBlob, graphPng, GRAPH_PNG_MIN_WIDTH, svgToPng, timelinePngScale, timelineSvgDocument } from './exportFigure';
export { graphSvgDocument } from './graphSvg';
export { figureFromCy } from './graphFigure';
