/** CDN file for `<hhsrs-pack-maker>`, the scheme-pack maker page (demo/pack-maker.html). */
import '../pack-maker/define.ts';
