/**
 * Stands in for html2canvas, DOMPurify and canvg, which jsPDF imports only for `html()` and SVG input. The
 * toolkit draws its PDFs from its own layout, so the CDN files leave those libraries out.
 */
export default undefined;
