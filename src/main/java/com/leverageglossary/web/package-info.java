/**
 * The HTTP site: the Javalin server, its route table and handlers per feature, the page models the JTE templates render,
 * responses with ETags, gzip and caching, security headers, static assets, error pages and JSON errors, and the
 * calculator catalogue and OpenAPI document generated from the declarations.
 * Handlers parse the request, call the domain and pick a template. It is the only package that uses Javalin
 * and Jetty, and it may use every domain package ({@code search}, {@code seo}, {@code content}, {@code
 * markdown}, {@code calculators}, {@code formulas}, {@code urls}); only the application and the export use it.
 */
package com.leverageglossary.web;
