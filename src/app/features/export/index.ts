// The export feature's public surface: the menu the layout places next to the timeline.
export { ExportMenu, type ExportMenuProps } from './components/ExportMenu';
