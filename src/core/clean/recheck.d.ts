// recheck's pure JavaScript build (Scala.js): no native binary, no Java, no Node worker.
declare module 'recheck/lib/browser.js' {
  export { checkSync, type Diagnostics, type Parameters } from 'recheck';
}
