// The one script every page loads: the theme picker and, on lessons, the role filter. One file
// rather than one per component, because each extra file costs a request and its own gzip overhead.
import './theme-picker';
import './role-filter';
