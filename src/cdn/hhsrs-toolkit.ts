/** CDN file with all three elements: `<script type="module" src=".../hhsrs-toolkit.js"></script>`. */
import '../define.ts';
