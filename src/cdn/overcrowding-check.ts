/** CDN file for `<overcrowding-check>`. */
import '../elements/overcrowding-check/define.ts';
