// The export feature's public surface: the menu the layout places next to the timeline, and a deterministic
// `generatedAt` for it taken from the bundle's documents.
export { ExportMenu, type ExportMenuProps } from './components/ExportMenu';
export { generatedAtOf } from './lib/stamp';
