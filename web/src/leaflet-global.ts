// leaflet.markercluster is a UMD plugin that extends the global `L`; this module sets it before the
// plugin is imported (ES modules evaluate in import order).
import L from 'leaflet';

(globalThis as any).L = L;
export default L;
