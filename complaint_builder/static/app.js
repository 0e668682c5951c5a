// Small enhancements only: the wizard works fully without this file.
(function () {
  "use strict";

  // Move focus to the error summary so screen readers and keyboard users land on it.
  // A link to a group of radios or checkboxes focuses its first control.
  function focusErrors() {
    var summary = document.querySelector(".error-summary");
    if (!summary) { return; }
    summary.focus();
    summary.querySelectorAll("a[href^='#']").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var target = document.getElementById(link.getAttribute("href").slice(1));
        if (!target) { return; }
        var control = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea");
        if (control) {
          event.preventDefault();
          target.scrollIntoView();
          control.focus();
        }
      });
    });
  }

  // Hide the paragraph and facts of an unticked right; show them when it is ticked.
  function claimDetails() {
    document.querySelectorAll("[data-claim-details]").forEach(function (box) {
      var checkbox = document.getElementById(box.getAttribute("data-claim-details"));
      if (!checkbox) { return; }
      var sync = function () {
        var hasError = box.querySelector(".field--error") !== null;
        box.hidden = !checkbox.checked && !hasError;
      };
      checkbox.addEventListener("change", sync);
      sync();
    });
  }

  // Show the details of the risk only when the answer is "yes" (they stay in the page, and are kept).
  function showIf() {
    document.querySelectorAll("[data-show-if]").forEach(function (group) {
      var name = group.getAttribute("data-show-if");
      var radios = document.querySelectorAll('input[name="' + name + '"]');
      var sync = function () {
        var yes = document.querySelector('input[name="' + name + '"][value="yes"]');
        group.hidden = !(yes && yes.checked) && group.querySelector(".field--error") === null;
      };
      radios.forEach(function (radio) { radio.addEventListener("change", sync); });
      sync();
    });
  }

  // Print button on the review page.
  function printButton() {
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  // Refresh the admissibility panel from the answers on screen, without saving them.
  function livePanel() {
    var form = document.getElementById("step-form");
    var panel = document.getElementById("panel-content");
    if (!form || !panel) { return; }
    var url = panel.getAttribute("data-panel-url");
    if (!url) { return; }
    var timer = null;
    var pending = null;
    var refresh = function () {
      if (pending) { pending.abort(); }
      pending = new AbortController();
      var data = new FormData(form);
      data.delete("action");
      fetch(url, { method: "POST", body: data, credentials: "same-origin", signal: pending.signal })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null) { panel.innerHTML = html; panel.setAttribute("data-refreshed", String(Date.now())); } })
        .catch(function () { /* keep the panel as it was */ });
    };
    form.addEventListener("change", function () {
      clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusErrors();
    claimDetails();
    showIf();
    printButton();
    livePanel();
  });
})();
