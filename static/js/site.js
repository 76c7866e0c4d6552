// Progressive enhancement for Leverage Glossary. Every page works without this file.
(function () {
  "use strict";

  var DEBOUNCE_MS = 250;

  function format(value, type, decimals) {
    if (value === null || value === undefined) return "—";
    if (type === "boolean") return value ? "yes" : "no";
    if (type !== "number") return String(value);
    var text = new Intl.NumberFormat("en-US", {
      minimumFractionDigits: decimals, maximumFractionDigits: decimals
    }).format(value);
    // Match the server: drop trailing zeros beyond two decimals, never show "-0".
    if (text.indexOf(".") >= 0) text = text.replace(/(\.\d\d\d*?)0+$/, "$1");
    return /^-[0.,]+$/.test(text) ? text.slice(1) : text.replace("-", "\u2212");
  }

  function queryOf(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== "") params.append(name, String(value).trim());
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

  function labelOf(form, name) {
    var field = form.elements[name];
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

  function showResult(section, form, data, query) {
    clearErrors(form);
    section.classList.remove("stale");
    showUnits(section, form, data);
    var first = null;
    section.querySelectorAll("[data-output]").forEach(function (dd) {
      var name = dd.getAttribute("data-output");
      var text = format(data.outputs[name], dd.getAttribute("data-type"), Number(dd.getAttribute("data-decimals")));
      dd.querySelector(".value").textContent = text;
      if (first === null && data.outputs[name] !== null) {
        first = dd.previousElementSibling.textContent + ": " + text;
      }
    });
    section.querySelectorAll("[data-table]").forEach(function (box) {
      fillTable(box, data.outputs[box.getAttribute("data-table")]);
    });
    var work = section.querySelector("[data-work]");
    if (work) fillList(work, data.work || [], true);
    var notes = section.querySelector("[data-notes]");
    if (notes) fillList(notes, data.notes || [], false);
    var chart = section.querySelector("[data-chart]");
    if (chart) chart.innerHTML = data.chart_svg || "";
    var invalid = section.querySelector("[data-invalid-message]");
    if (invalid) invalid.hidden = true;
    var share = section.querySelector("[data-share]");
    var pageUrl = form.getAttribute("action") + "?" + query;
    if (share) share.setAttribute("href", pageUrl);
    if (document.body.classList.contains("page-calculator")) {
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
        var title = document.createElement("span");
        title.textContent = s.title;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = s.kind;
        li.appendChild(title);
        li.appendChild(kind);
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

  var headerSearch = document.getElementById("site-search");
  if (headerSearch && window.fetch) enhanceSearch(headerSearch);
})();
