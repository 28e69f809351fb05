// Progressive enhancement for comment forms; the forms work without this file.
// Moves focus to the error summary so screen reader and keyboard users hear what went wrong,
// and counts the characters left in the comment box (GOV.UK character count pattern).
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();

  document.querySelectorAll("[data-char-count-for]").forEach(function (counter) {
    var field = document.getElementById(counter.getAttribute("data-char-count-for"));
    if (!field) return;
    var limit = parseInt(field.getAttribute("maxlength"), 10);
    if (!limit) return;
    field.removeAttribute("maxlength"); // let people paste and then trim, as GOV.UK does
    var timer;
    function update() {
      var left = limit - field.value.length;
      var template = counter.getAttribute(left < 0 ? "data-char-count-over" : "data-char-count-template");
      counter.textContent = template.replace("__N__", Math.abs(left));
      counter.classList.toggle("char-count--over", left < 0);
    }
    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 300);
    });
    update();
  });
})();
