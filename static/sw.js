// Leverage Glossary's service worker: the site keeps working offline for pages already read.
// The server puts SHELL before this text: the hashed CSS, JS and icons, the home page, the glossary and the
// offline page. A changed asset changes a hashed URL and so this file's bytes, and browsers install it again.
"use strict";

var STATIC = "lg-static";   // hashed files: their URL changes with their content, so cache-first is safe
var PAGES = "lg-pages";     // HTML pages, stale-while-revalidate
var API = "lg-api";         // JSON: entry previews and catalogues (stale-while-revalidate), query answers (briefly)
var OFFLINE_URL = "/offline/";
var QUERY_ANSWER_MAX_AGE_MS = 5 * 60 * 1000;
var FETCHED_AT = "x-sw-fetched-at";
var LIMITS = {};
LIMITS[STATIC] = 60;
LIMITS[PAGES] = 200;
LIMITS[API] = 100;

self.addEventListener("install", function (event) {
  event.waitUntil(Promise.all([
    caches.open(STATIC).then(function (cache) {
      return cache.addAll(SHELL.filter(function (url) { return url.indexOf("/static/") === 0; }));
    }),
    caches.open(PAGES).then(function (cache) {
      return cache.addAll(SHELL.filter(function (url) { return url.indexOf("/static/") !== 0; }));
    })
  ]).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  var keep = [STATIC, PAGES, API];
  event.waitUntil(caches.keys()
    .then(function (names) {
      return Promise.all(names.filter(function (name) { return keep.indexOf(name) < 0; })
        .map(function (name) { return caches.delete(name); }));
    })
    .then(sweepExpired)
    .then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (url.pathname.indexOf("/static/") === 0) {
    event.respondWith(cacheFirst(request));
  } else if (url.pathname.indexOf("/api/") === 0) {
    event.respondWith(url.search ? networkFirstBriefly(request) : staleWhileRevalidate(event, API));
  } else if (request.mode === "navigate") {
    event.respondWith(url.search ? networkOrOffline(request) : staleWhileRevalidate(event, PAGES));
  }
});

// Only whole, same-origin answers that the server lets caches keep.
function storable(response) {
  return response && response.ok && response.type === "basic"
    && !/no-store/.test(response.headers.get("Cache-Control") || "");
}

function put(cacheName, request, response) {
  return caches.open(cacheName)
    .then(function (cache) { return cache.put(request, response).then(function () { return trim(cache, LIMITS[cacheName]); }); })
    .catch(function () { /* a full disk only means less is kept offline */ });
}

// Oldest first: a cache's keys come back in insertion order.
function trim(cache, limit) {
  return cache.keys().then(function (keys) {
    return Promise.all(keys.slice(0, Math.max(0, keys.length - limit)).map(function (key) { return cache.delete(key); }));
  });
}

function cacheFirst(request) {
  return caches.match(request).then(function (cached) {
    return cached || fetch(request).then(function (response) {
      if (storable(response)) put(STATIC, request, response.clone());
      return response;
    });
  });
}

// Answer from the cache at once and refresh it in the background; without a cached copy, wait for the network.
function staleWhileRevalidate(event, cacheName) {
  var request = event.request;
  var fresh = fetch(request).then(function (response) {
    if (storable(response)) return put(cacheName, request, response.clone()).then(function () { return response; });
    return response;
  });
  event.waitUntil(fresh.catch(function () {}));
  return caches.open(cacheName).then(function (cache) { return cache.match(request); }).then(function (cached) {
    if (cached) return cached;
    return fresh.catch(function () {
      return request.mode === "navigate" ? offlinePage() : Response.error();
    });
  });
}

function networkOrOffline(request) {
  return fetch(request).catch(offlinePage);
}

function offlinePage() {
  return caches.match(OFFLINE_URL).then(function (page) { return page || Response.error(); });
}

// Answers that depend on a query (search, suggestions, calculator results) come from the network; a copy is
// kept for a few minutes only, for a reader who loses the connection mid-calculation.
function networkFirstBriefly(request) {
  return fetch(request).then(function (response) {
    if (storable(response)) {
      var headers = new Headers(response.headers);
      headers.set(FETCHED_AT, String(Date.now()));
      response.clone().blob().then(function (body) {
        return put(API, request, new Response(body, { status: response.status, statusText: response.statusText, headers: headers }));
      }).then(sweepExpired);
    }
    return response;
  }).catch(function () {
    return caches.open(API).then(function (cache) {
      return cache.match(request).then(function (cached) {
        var fetchedAt = cached ? Number(cached.headers.get(FETCHED_AT)) : 0;
        if (cached && Date.now() - fetchedAt < QUERY_ANSWER_MAX_AGE_MS) return cached;
        if (cached) cache.delete(request);
        return Response.error();
      });
    });
  });
}

// Drops every query answer older than the few minutes it may be kept.
function sweepExpired() {
  return caches.open(API).then(function (cache) {
    return cache.keys().then(function (requests) {
      return Promise.all(requests.map(function (request) {
        return cache.match(request).then(function (cached) {
          var fetchedAt = cached && cached.headers.get(FETCHED_AT);
          if (fetchedAt && Date.now() - Number(fetchedAt) >= QUERY_ANSWER_MAX_AGE_MS) return cache.delete(request);
        });
      }));
    });
  });
}
