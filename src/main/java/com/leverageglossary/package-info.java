/**
 * The application: {@link com.leverageglossary.App} parses the command line ({@link com.leverageglossary.Options}),
 * loads the content, then either validates it or starts the web server, and nothing else. It may use every
 * package below it; no package may use it.
 */
package com.leverageglossary;
