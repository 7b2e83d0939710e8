// Placeholder entry; the task pane replaces it.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Skolkostnad</p>);
