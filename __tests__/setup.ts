import '@testing-library/jest-dom';

// jsdom has no layout, so it has no Element.scrollTo; views that scroll a box
// after a timer (the briefing's timeline) would throw when a slow machine lets
// the timer fire mid-test. Scrolling is checked in Chromium by the e2e suite.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollTo !== 'function') {
  Element.prototype.scrollTo = function scrollTo() {};
}
