// Stands in for Ink's React DevTools connection: nothing here, so DEV=true opens no socket.
export {};
