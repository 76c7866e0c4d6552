/**
 * The application: {@link com.leverageglossary.App} parses the command line ({@link com.leverageglossary.Options}),
 * loads the content, then validates it, exports it as files or starts the web server, and nothing else. It may use every
 * package below it; no package may use it.
 */
package com.leverageglossary;
