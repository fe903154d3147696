// kibaru dashboard conveniences; every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // "/" focuses the quick search box unless the user is already typing somewhere.
  const quick = document.getElementById("quick-q");
  document.addEventListener("keydown", (ev) => {
    const tag = (ev.target && ev.target.tagName) || "";
    if (ev.key === "/" && quick && tag !== "INPUT" && tag !== "TEXTAREA" && tag !== "SELECT") {
      ev.preventDefault();
      quick.focus();
    }
  });
  // Highlight toggles on the article page.
  const doc = document.querySelector(".doc");
  document.querySelectorAll("input[data-toggle]").forEach((box) => {
    box.addEventListener("change", () => {
      if (doc) doc.classList.toggle("hide-" + box.dataset.toggle, !box.checked);
    });
  });
  // Empty filters are left out of the search URL so that links stay short.
  const form = document.getElementById("search-form");
  if (form) {
    form.addEventListener("submit", () => {
      form.querySelectorAll("input, select").forEach((el) => {
        if (!el.value) el.disabled = true;
      });
    });
  }
});
