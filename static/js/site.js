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

  function showResult(section, form, data, query) {
    clearErrors(form);
    section.classList.remove("stale");
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
})();
