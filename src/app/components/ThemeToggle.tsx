import { useTheme, type ThemeChoice } from '../lib/theme';

export function ThemeToggle() {
  const [choice, setChoice] = useTheme();
  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="text-muted">Theme</span>
      <select className="input py-1" value={choice} onChange={(e) => setChoice(e.target.value as ThemeChoice)} data-testid="theme">
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
