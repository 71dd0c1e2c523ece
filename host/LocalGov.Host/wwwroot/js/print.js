// Print buttons: a script file, not an inline handler, so the content security policy can forbid inline script.
document.getElementById('print')?.addEventListener('click', () => window.print());
