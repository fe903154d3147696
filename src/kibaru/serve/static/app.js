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
  // Network drawings: hovering a node highlights it and its neighbours.
  document.querySelectorAll("svg.graph").forEach((svg) => {
    const edges = Array.from(svg.querySelectorAll("line.edge"));
    const nodes = Array.from(svg.querySelectorAll("g.node"));
    nodes.forEach((node) => {
      node.addEventListener("mouseenter", () => {
        const id = node.dataset.id;
        const near = new Set([id]);
        edges.forEach((e) => {
          const on = e.dataset.a === id || e.dataset.b === id;
          e.classList.toggle("on", on);
          if (on) { near.add(e.dataset.a); near.add(e.dataset.b); }
        });
        nodes.forEach((n) => n.classList.toggle("on", near.has(n.dataset.id)));
        svg.classList.add("focus");
      });
      node.addEventListener("mouseleave", () => svg.classList.remove("focus"));
    });
  });
  // Search facets: fetched after the results (same origin; the fragment is escaped server-side HTML).
  const facets = document.querySelector("aside.facets[data-src]");
  if (facets) {
    fetch(facets.dataset.src, { credentials: "same-origin" })
      .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
      .then((html) => { facets.innerHTML = html; })
      .catch(() => {});
  }
});
