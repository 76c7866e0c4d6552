/**
 * The HTTP site: the Javalin server and its routes per feature, the page models the JTE templates render,
 * responses with ETags, gzip and caching, security headers, static assets, and error pages and JSON errors.
 * Handlers parse the request, call the domain and pick a template. It is the only package that uses Javalin
 * and Jetty, and it may use every domain package ({@code search}, {@code seo}, {@code content}, {@code
 * markdown}, {@code calculators}, {@code formulas}); only the application package uses it.
 */
package com.leverageglossary.web;
