/** CDN file for `<hhsrs-assessor>` (officer and tenant modes). */
import '../elements/hhsrs-assessor/define.ts';
