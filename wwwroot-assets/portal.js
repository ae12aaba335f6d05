// Small browser helpers the Blazor pages call through JS interop.
window.portal = {
  // Starts a file download without leaving the page (the server answers with Content-Disposition: attachment).
  download(url) {
    const link = document.createElement('a');
    link.href = url;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
  },
  // The browser's IANA time zone (e.g. Europe/Berlin): pages show times in it, with UTC on hover.
  timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  },
};
