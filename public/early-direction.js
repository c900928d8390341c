// Run before the first paint (a blocking script in <head>, served from the app's own origin so the
// CSP's 'self' allows it): the direction from the address, before React loads. See components/i18n/LanguageProvider.tsx.
try {
  if (new URLSearchParams(location.search).get('lang') === 'ar') {
    var root = document.documentElement;
    root.lang = 'ar';
    root.dir = 'rtl';
  }
} catch {
  // An address the browser cannot parse: stay left to right; the provider decides once React loads.
}
