// detente web: links the marks in an article's text to the event cards that explain them.
// No framework, no build step; pages work without it (it only adds highlighting).
"use strict";
(function () {
  function indices(mark) {
    return (mark.dataset.events || "").split(" ").filter(Boolean);
  }
  function light(index, on) {
    document.querySelectorAll("mark[data-events]").forEach(function (mark) {
      if (indices(mark).indexOf(index) >= 0) mark.classList.toggle("lit", on);
    });
    var card = document.querySelector('.event-card[data-index="' + index + '"]');
    if (card) card.classList.toggle("lit", on);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".event-card").forEach(function (card) {
      card.addEventListener("mouseenter", function () { light(card.dataset.index, true); });
      card.addEventListener("mouseleave", function () { light(card.dataset.index, false); });
    });
    document.querySelectorAll("#article-text mark[data-events]").forEach(function (mark) {
      mark.addEventListener("click", function () {
        var card = document.querySelector('.event-card[data-index="' + indices(mark)[0] + '"]');
        if (card) card.scrollIntoView({ behavior: "smooth", block: "center" });
      });
    });
  });
})();
