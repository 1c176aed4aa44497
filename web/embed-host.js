// embed.js: for host pages that have no pym.js, Datawrapper or AMP listener.
// Include it once; every <iframe data-article-embed> then follows its content's height.
(function () {
  "use strict";
  // The pasted snippet carries no inline style (a host's CSP may forbid it): the frame's border
  // goes here. Frames added later get theirs with their first height.
  function frames() { return document.querySelectorAll("iframe[data-article-embed]"); }
  function plain(f) { f.style.border = "0"; }
  Array.prototype.forEach.call(frames(), plain);
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== "article-embed-height" || !(d.height > 0)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow !== e.source) continue;
      plain(list[i]);
      list[i].style.height = Math.min(d.height, 20000) + "px";
    }
  });
})();
