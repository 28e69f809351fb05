// Progressive enhancement only: every page works without this file.
// Video facade: the provider's player (and its cookies) load only after the reader presses
// "Play video". The iframe waits, inert, inside a <template> until then.
(function () {
  "use strict";
  document.querySelectorAll("[data-video]").forEach(function (video) {
    var button = video.querySelector("[data-video-play]");
    var template = video.querySelector("template[data-video-embed]");
    var frame = video.querySelector("[data-video-frame]");
    if (!button || !template || !frame) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var iframe = template.content.firstElementChild.cloneNode(true);
      frame.replaceChildren(iframe);
      iframe.focus();
    });
  });
})();

// Error summary: move focus to it so keyboard and screen reader users hear what went wrong.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
