// The one script every page loads: theme picker, role filter and read state (on lessons), the search
// shortcut, Escape for the menu and the offline worker's registration. One file rather than one per
// component, because each extra file costs a request and its own gzip overhead.
import './theme-picker';
import './role-filter';
import './lesson-read';
import './search-shortcut';
import './site-menu';
import './offline';
