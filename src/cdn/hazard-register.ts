/** CDN file for `<hazard-register>`. */
import '../elements/hazard-register/define.ts';
