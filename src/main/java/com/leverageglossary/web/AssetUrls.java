package com.leverageglossary.web;

/** Content-hashed URLs of the assets every page links to. */
public record AssetUrls(String stylesheet, String favicon, String script, String socialImage) {
}
