import '@mantine/notifications/styles.layer.css';
import { Notifications } from '@mantine/notifications';

/** The toasts' host, a chunk of its own (main.tsx loads it beside the first route). */
export default function AppNotifications() {
  return <Notifications position="top-right" />;
}
