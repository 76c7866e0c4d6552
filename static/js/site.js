// Progressive enhancement for Leverage Glossary. Every page works without this file.
(function () {
  "use strict";

  var DEBOUNCE_MS = 250;

  function format(value, type, decimals, whenNull) {
    if (value === null || value === undefined) return whenNull || "—";
    if (type === "boolean") return value ? "yes" : "no";
    if (type === "number_list") {
      return value.length ? value.map(function (v) { return format(v, "number", decimals); }).join(", ") : "none";
    }
    if (type !== "number") return String(value);
    var text = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: decimals, maximumFractionDigits: decimals
    }).format(value);
    // Match the server: drop trailing zeros beyond two decimals, never show "-0".
    if (text.indexOf(".") >= 0) text = text.replace(/(\.\d\d\d*?)0+$/, "$1");
    return /^-[0.,]+$/.test(text) ? text.slice(1) : text.replace("-", "\u2212");
  }

  /** A new element with an optional class and text (never HTML). */
  function textElement(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    element.textContent = text;
    return element;
  }

  function queryOf(form) {
    var params = new URLSearchParams();
    // A form row with no number typed in is unused (its selects always have a value): leave it out of the link.
    var unused = [];
    form.querySelectorAll(".row-fields tbody tr").forEach(function (tr) {
      var typed = Array.prototype.some.call(tr.querySelectorAll("input"), function (i) { return i.value.trim() !== ""; });
      if (!typed) tr.querySelectorAll("select").forEach(function (select) { unused.push(select.name); });
    });
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== "" && unused.indexOf(name) < 0) params.append(name, String(value).trim());
    });
    // Keep list separators readable in shared links.
    return params.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":");
  }

  function fillList(list, items, asCode) {
    list.textContent = "";
    items.forEach(function (item) {
      var li = document.createElement("li");
      if (asCode) {
        var code = document.createElement("code");
        code.textContent = item;
        li.appendChild(code);
      } else {
        li.textContent = item;
      }
      list.appendChild(li);
    });
  }

  function fillTable(box, rows) {
    var columns = box.getAttribute("data-columns").split(",");
    var decimals = Number(box.getAttribute("data-decimals"));
    var body = box.querySelector("tbody");
    body.textContent = "";
    (rows || []).forEach(function (row, index) {
      var tr = document.createElement("tr");
      [String(index + 1)].concat(columns.map(function (c) { return format(row[c], "number", decimals); }))
        .forEach(function (text) {
          var td = document.createElement("td");
          td.textContent = text;
          tr.appendChild(td);
        });
      body.appendChild(tr);
    });
    var empty = box.querySelector("[data-empty]");
    if (empty) empty.hidden = rows && rows.length > 0;
  }

  // A two-way table (the stress grid) from its rows and the layout the server wrote on the box.
  function fillGrid(box, rows) {
    var d = box.dataset;
    var decimals = Number(d.decimals);
    var signed = function (v) { return (v > 0 ? "+" : "") + format(v, "number", 0); };
    var columns = [];
    var byRow = [];
    (rows || []).forEach(function (row) {
      if (d.columnKey && columns.indexOf(row[d.columnKey]) < 0) columns.push(row[d.columnKey]);
      var last = byRow[byRow.length - 1];
      if (!last || last.key !== row[d.rowKey]) byRow.push(last = { key: row[d.rowKey], cells: [] });
      last.cells.push(row);
    });
    // Column headings only change when the server's columns do; the thead it drew is kept.
    var head = box.querySelector("thead");
    if (d.columnKey && head.rows.length === 2 && head.rows[1].cells.length !== columns.length) {
      head.rows[1].replaceChildren.apply(head.rows[1], columns.map(function (c) {
        var th = textElement("th", null, signed(c) + "\u00a0" + d.columnUnit);
        th.setAttribute("scope", "col");
        return th;
      }));
    }
    var body = box.querySelector("tbody");
    body.textContent = "";
    byRow.forEach(function (group) {
      var tr = document.createElement("tr");
      var th = textElement("th", null, signed(group.key) + "\u00a0" + d.rowUnit);
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      group.cells.forEach(function (cell) {
        var td = textElement("td", cell[d.flagKey] ? "flagged" : null, format(cell[d.valueKey], "number", decimals, d.null));
        if (cell[d.flagKey]) {
          td.appendChild(document.createTextNode(" "));
          td.appendChild(textElement("span", "flag", d.flagText));
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function labelOf(form, name) {
    var field = form.elements[name];
    var named = form.querySelector('[data-label-for="' + name + '"]');
    if (named) return named.textContent.trim();
    var label = field && field.id ? form.querySelector('label[for="' + field.id + '"]') : null;
    return label ? label.firstChild.textContent.trim() : name;
  }

  function clearErrors(form) {
    form.querySelectorAll("[data-error-for]").forEach(function (p) {
      p.textContent = "";
      p.parentElement.classList.remove("has-error");
    });
    form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
  }

  function showErrors(section, form, errors) {
    clearErrors(form);
    var messages = errors.map(function (error) {
      var slot = form.querySelector('[data-error-for="' + error.field + '"]');
      var text = labelOf(form, error.field) + " " + error.message + ".";
      if (slot) {
        slot.textContent = text;
        slot.parentElement.classList.add("has-error");
        var input = form.elements[error.field];
        if (input) input.setAttribute("aria-invalid", "true");
      }
      return text;
    });
    section.classList.add("stale");
    var csv = section.querySelector("[data-csv]");
    if (csv) csv.hidden = true;
    status(section, (errors.length === 1 ? "1 field needs attention: " : errors.length + " fields need attention: ") + messages.join(" "));
  }

  function status(section, text) {
    var region = section.querySelector("[data-status]");
    if (region) region.textContent = text;
  }

  // The text of an element's unit span; an empty unit removes the span.
  function setUnit(parent, text) {
    var span = parent.querySelector(".unit");
    if (!text) {
      if (span) span.remove();
      return;
    }
    if (!span) {
      span = document.createElement("span");
      span.className = "unit";
      parent.appendChild(document.createTextNode(" "));
      parent.appendChild(span);
    }
    span.textContent = text;
  }

  // Units and shown decimals follow the chosen options (an inverse contract's margin is in coin).
  function showUnits(section, form, data) {
    if (!data.units) return;
    form.querySelectorAll("label[for]").forEach(function (label) {
      var field = document.getElementById(label.getAttribute("for"));
      var unit = field ? data.units.inputs[field.name] : "";
      setUnit(label, unit ? "(" + unit + ")" : "");
    });
    section.querySelectorAll("[data-output]").forEach(function (dd) {
      var name = dd.getAttribute("data-output");
      if (data.decimals && name in data.decimals) dd.setAttribute("data-decimals", data.decimals[name]);
      setUnit(dd, data.units.outputs[name] || "");
    });
  }

  // The server draws charts and their data tables (the same partial as the page); a data table the reader
  // opened stays open when the numbers change.
  function replaceCharts(box, html) {
    var open = Array.prototype.map.call(box.querySelectorAll("details"), function (d) { return d.open; });
    box.innerHTML = html;
    box.querySelectorAll("details").forEach(function (d, i) { if (open[i]) d.open = true; });
  }

  function withQuery(link, query) {
    if (link) link.setAttribute("href", link.getAttribute("href").split("?")[0] + (query ? "?" + query : ""));
  }

  // The embed code's iframe address takes the calculator's current inputs (escaped as the server writes it).
  function embedCodeWithQuery(code, query) {
    code.value = code.value.replace(/src="([^"?]*)[^"]*"/, function (all, base) {
      return 'src="' + base + (query ? "?" + query.replace(/&/g, "&amp;") : "") + '"';
    });
  }

  function showResult(section, form, data, query) {
    clearErrors(form);
    section.classList.remove("stale");
    showUnits(section, form, data);
    var first = null;
    section.querySelectorAll("[data-output]").forEach(function (dd) {
      var name = dd.getAttribute("data-output");
      var text = format(data.outputs[name], dd.getAttribute("data-type"), Number(dd.getAttribute("data-decimals")),
        dd.getAttribute("data-null"));
      dd.querySelector(".value").textContent = text;
      if (first === null && data.outputs[name] !== null) {
        first = dd.previousElementSibling.textContent + ": " + text;
      }
    });
    section.querySelectorAll("[data-table]").forEach(function (box) {
      fillTable(box, data.outputs[box.getAttribute("data-table")]);
    });
    section.querySelectorAll("[data-grid]").forEach(function (box) {
      fillGrid(box, data.outputs[box.getAttribute("data-grid")]);
    });
    var work = section.querySelector("[data-work]");
    if (work) fillList(work, data.work || [], true);
    var notes = section.querySelector("[data-notes]");
    if (notes) fillList(notes, data.notes || [], false);
    var chart = section.querySelector("[data-chart]");
    if (chart) replaceCharts(chart, data.chart_html || "");
    var invalid = section.querySelector("[data-invalid-message]");
    if (invalid) invalid.hidden = true;
    // Links that carry the inputs keep their address and take the new query: the full calculator (from an
    // embed too), the CSV download and the embed code.
    var embedded = document.body.classList.contains("page-embed");
    (embedded ? document : section).querySelectorAll("[data-share]").forEach(function (link) { withQuery(link, query); });
    var csv = section.querySelector("[data-csv]");
    if (csv) { withQuery(csv, query); csv.hidden = false; }
    document.querySelectorAll("[data-embed-code]").forEach(function (code) { embedCodeWithQuery(code, query); });
    if (embedded || document.body.classList.contains("page-calculator")) {
      history.replaceState(null, "", "?" + query);
    }
    status(section, "Updated. " + (first || ""));
  }

  function enhance(section) {
    var form = section.querySelector("form");
    var api = section.getAttribute("data-api");
    var timer = null;
    var latest = 0;

    function recompute() {
      var query = queryOf(form);
      var ticket = ++latest;
      fetch(api + "?" + query, { headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.json().then(function (data) { return { ok: response.ok, data: data }; });
        })
        .then(function (answer) {
          if (ticket !== latest) return; // a newer request is on its way
          if (answer.ok) showResult(section, form, answer.data, query);
          else showErrors(section, form, answer.data.errors || []);
        })
        .catch(function () {
          if (ticket === latest) status(section, "Could not reach the calculator; press Calculate to submit the form.");
        });
    }

    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(recompute, DEBOUNCE_MS);
    });
    form.addEventListener("change", function (event) {
      if (event.target.tagName === "SELECT") {
        clearTimeout(timer);
        recompute();
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      recompute();
    });
  }

  document.querySelectorAll("section.calculator[data-api]").forEach(enhance);

  // Header search: a WAI-ARIA 1.2 combobox (list autocomplete) over /api/suggest. Without this script
  // the box is a plain search form.
  function enhanceSearch(input) {
    var form = input.form;
    var list = document.createElement("ul");
    var status = document.createElement("p");
    var active = -1;
    var timer = null;
    var latest = 0;
    list.id = input.id + "-listbox";
    list.className = "suggest-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    var box = document.createElement("div");
    box.className = "suggest-box";
    input.parentNode.insertBefore(box, input);
    box.appendChild(input);
    box.appendChild(list);
    form.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    function options() { return list.querySelectorAll("[role=option]"); }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      var all = options();
      if (!all.length) return;
      active = (index + all.length) % all.length;
      all.forEach(function (option, i) { option.setAttribute("aria-selected", i === active ? "true" : "false"); });
      input.setAttribute("aria-activedescendant", all[active].id);
      all[active].scrollIntoView({ block: "nearest" });
    }

    function render(suggestions) {
      list.textContent = "";
      active = -1;
      input.removeAttribute("aria-activedescendant");
      suggestions.forEach(function (s, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-url", s.url);
        li.appendChild(textElement("span", null, s.title));
        li.appendChild(textElement("span", "kind", s.kind));
        li.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.href = s.url;
        });
        list.appendChild(li);
      });
      var open = suggestions.length > 0;
      list.hidden = !open;
      input.setAttribute("aria-expanded", open ? "true" : "false");
      status.textContent = open ? suggestions.length + (suggestions.length === 1 ? " suggestion" : " suggestions") + ", use up and down arrows to choose" : "";
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      var ticket = ++latest;
      if (!query) { close(); return; }
      fetch(form.getAttribute("data-suggest") + "?q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (ticket === latest) render(data.suggestions || []); })
        .catch(function () { if (ticket === latest) close(); });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) { fetchSuggestions(); return; }
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" && !list.hidden && active >= 0) {
        event.preventDefault();
        window.location.href = options()[active].getAttribute("data-url");
      } else if (event.key === "Escape") {
        if (!list.hidden) { event.preventDefault(); close(); } else { input.value = ""; }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  // "/" focuses the search box from anywhere, unless the reader is typing in a field.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    var search = document.getElementById("site-search");
    if (search) { event.preventDefault(); search.focus(); search.select(); }
  });

  // Copies text to the clipboard and says so in a live region; resolves false where copying is not allowed.
  function copyText(text, statusRegion, message) {
    var done = navigator.clipboard && navigator.clipboard.writeText
      ? navigator.clipboard.writeText(text).then(function () { return true; }, function () { return false; })
      : Promise.resolve(false);
    return done.then(function (copied) {
      if (statusRegion) statusRegion.textContent = copied ? message : "Copying is not allowed here; select the text to copy it.";
      return copied;
    });
  }

  var pageStatus = document.createElement("p");
  pageStatus.id = "page-status";
  pageStatus.className = "visually-hidden";
  pageStatus.setAttribute("role", "status");
  document.body.appendChild(pageStatus);

  // Heading self-links: following one still moves to the section; it also copies the section's address.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.heading-link");
    if (!link) return;
    copyText(location.origin + location.pathname + link.getAttribute("href"), pageStatus, "Link to this section copied.");
  });

  // "On this page": a closed disclosure at the top on phones, open beside the text on wide screens; the link of
  // the section being read is marked as the current one.
  function enhanceOnThisPage(details) {
    var wide = window.matchMedia("(min-width: 64rem)");
    function fit() { details.open = wide.matches; }
    fit();
    if (wide.addEventListener) wide.addEventListener("change", fit);
    var links = Array.prototype.slice.call(details.querySelectorAll("a[href^='#']"));
    var targets = links.map(function (a) { return document.getElementById(a.getAttribute("href").slice(1)); });
    var scheduled = false;
    function mark() {
      scheduled = false;
      var current = 0;
      var line = Math.min(window.innerHeight * 0.3, 160);
      targets.forEach(function (target, i) {
        if (target && target.getBoundingClientRect().top <= line) current = i;
      });
      links.forEach(function (a, i) {
        if (i === current) a.setAttribute("aria-current", "location");
        else a.removeAttribute("aria-current");
      });
    }
    window.addEventListener("scroll", function () {
      if (!scheduled) { scheduled = true; window.requestAnimationFrame(mark); }
    }, { passive: true });
    mark();
  }
  document.querySelectorAll("[data-on-this-page]").forEach(enhanceOnThisPage);

  // Citations: the access date is the reader's today, so only the browser can write it.
  function enhanceCitation(section) {
    var today = new Date();
    var iso = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-" + String(today.getDate()).padStart(2, "0");
    var human = today.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" });
    section.querySelectorAll("[data-cite-accessed=apa]").forEach(function (span) { span.textContent = "Retrieved " + human + ", from "; });
    section.querySelectorAll("[data-cite-accessed=bibtex]").forEach(function (span) { span.textContent = "\n  urldate = {" + iso + "},"; });
    var region = section.querySelector(".copy-status");
    section.querySelectorAll("[data-copy]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy"));
        copyText(source.textContent.trim(), region, button.textContent.replace(/^Copy /, "") + " copied.");
      });
    });
  }
  document.querySelectorAll("section.cite").forEach(enhanceCitation);

  // Embed code: one press copies it; focusing the field selects it all, for copying by hand.
  function enhanceEmbedCode(section) {
    var field = section.querySelector("[data-embed-code]");
    var button = section.querySelector("[data-copy-field]");
    var region = section.querySelector(".copy-status");
    field.addEventListener("focus", function () { field.select(); });
    button.hidden = false;
    button.addEventListener("click", function () { copyText(field.value, region, "Embed code copied."); });
  }
  document.querySelectorAll("section.embed-code").forEach(enhanceEmbedCode);

  // Link previews: hovering (with a mouse) or focusing (from the keyboard) an entry link shows the entry's kind,
  // title and summary after a short delay. The card describes the link to screen readers, never covers it,
  // stays while the pointer is over it, and Esc dismisses it. A tap on a touch screen simply follows the link.
  function enhancePreviews(apiPrefix) {
    var ENTRY_PATH = /^\/(term|definition)\/([^\/?#]+)\/$/;
    var SHOW_DELAY_MS = 350;
    var HIDE_DELAY_MS = 250;
    var card = document.createElement("div");
    card.id = "entry-preview";
    card.className = "preview";
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    document.body.appendChild(card);
    var answers = {};
    var current = null;
    var showTimer = null;
    var hideTimer = null;

    function slugOf(link) {
      if (link.origin !== location.origin || link.closest("nav, .preview")) return null;
      var match = ENTRY_PATH.exec(link.pathname);
      return match && link.pathname !== location.pathname ? match[2] : null;
    }

    function load(slug) {
      if (!answers[slug]) {
        answers[slug] = fetch(apiPrefix + encodeURIComponent(slug), { headers: { Accept: "application/json" } })
          .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
          .catch(function (error) { delete answers[slug]; throw error; });
      }
      return answers[slug];
    }

    function fill(entry) {
      card.textContent = "";
      card.appendChild(textElement("p", "kind", entry.kind === "term" ? "Term" : "Definition"));
      card.appendChild(textElement("p", "preview-title", entry.title));
      card.appendChild(textElement("p", "preview-summary", entry.summary));
    }

    // Below the link when there is room, else above it; never over it.
    function place(link) {
      var box = link.getBoundingClientRect();
      var width = Math.min(352, document.documentElement.clientWidth - 16);
      card.style.width = width + "px";
      var left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
      card.style.left = (left + window.scrollX) + "px";
      var below = box.bottom + 8;
      var height = card.offsetHeight;
      var top = below + height > window.innerHeight && box.top - height - 8 > 0 ? box.top - height - 8 : below;
      card.style.top = (top + window.scrollY) + "px";
    }

    function show(link) {
      var slug = slugOf(link);
      if (!slug) return;
      clearTimeout(hideTimer);
      clearTimeout(showTimer);
      showTimer = setTimeout(function () {
        load(slug).then(function (entry) {
          if (current && current !== link) current.removeAttribute("aria-describedby");
          current = link;
          fill(entry);
          card.hidden = false;
          place(link);
          link.setAttribute("aria-describedby", card.id);
        }, function () {});
      }, SHOW_DELAY_MS);
    }

    function hide() {
      clearTimeout(showTimer);
      card.hidden = true;
      if (current) current.removeAttribute("aria-describedby");
      current = null;
    }

    function hideSoon() {
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, HIDE_DELAY_MS);
    }

    var main = document.getElementById("main");
    main.addEventListener("pointerover", function (event) {
      var link = event.target.closest("a[href]");
      if (link && event.pointerType === "mouse" && !link.contains(event.relatedTarget)) show(link);
    });
    main.addEventListener("pointerout", function (event) {
      var link = event.target.closest("a[href]");
      if (link && event.pointerType === "mouse" && !link.contains(event.relatedTarget)) hideSoon();
    });
    main.addEventListener("focusin", function (event) {
      var link = event.target.closest("a[href]");
      // Only keyboard focus: a tap focuses the link too, and must just follow it.
      if (link && link.matches(":focus-visible")) show(link);
    });
    main.addEventListener("focusout", function () { hideSoon(); });
    card.addEventListener("pointerenter", function () { clearTimeout(hideTimer); });
    card.addEventListener("pointerleave", hideSoon);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") hide();
    });
  }
  if (window.fetch && document.body.getAttribute("data-entry-api")) enhancePreviews(document.body.getAttribute("data-entry-api"));

  // Offline: the service worker keeps the shell and every page read; the offline page lists the entries kept.
  var worker = document.body.getAttribute("data-service-worker");
  if (worker && "serviceWorker" in navigator) {
    navigator.serviceWorker.register(worker).catch(function () { /* the site works without it */ });
  }

  function listSavedEntries(section) {
    if (!window.caches) return;
    // "lg-pages" is the worker's cache of pages (static/sw.js).
    caches.open("lg-pages").then(function (cache) { return cache.keys(); }).then(function (requests) {
      var entries = requests.map(function (request) { return new URL(request.url); })
        .filter(function (url) { return /^\/(term|definition)\/[^\/]+\/$/.test(url.pathname); });
      return Promise.all(entries.map(function (url) {
        return caches.match(url.href).then(function (response) { return response.text(); }).then(function (html) {
          var heading = new DOMParser().parseFromString(html, "text/html").querySelector("h1");
          return { url: url.pathname, title: heading ? heading.textContent.trim() : url.pathname };
        });
      }));
    }).then(function (entries) {
      if (!entries.length) return;
      var list = section.querySelector("ul");
      entries.sort(function (a, b) { return a.title.localeCompare(b.title); }).forEach(function (entry) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = entry.url;
        a.textContent = entry.title;
        li.appendChild(a);
        list.appendChild(li);
      });
      section.hidden = false;
    }).catch(function () {});
  }
  document.querySelectorAll("[data-offline-entries]").forEach(listSavedEntries);

  var headerSearch = document.getElementById("site-search");
  if (headerSearch && window.fetch) enhanceSearch(headerSearch);
})();
