// Test page script: makes window.localStorage throw a SecurityError, as in a
// sandboxed iframe or with site data blocked, before the widget loads.
Object.defineProperty(window, "localStorage", {
  configurable: true,
  get() {
    throw new DOMException("The operation is insecure.", "SecurityError");
  },
});
