// embed.js: for host pages that have no pym.js, Datawrapper or AMP listener.
// Include it once; every <iframe data-article-embed> then follows its content's height.
(function () {
  "use strict";
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== "article-embed-height" || !(d.height > 0)) return;
    var frames = document.querySelectorAll("iframe[data-article-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.min(d.height, 20000) + "px";
    }
  });
})();
