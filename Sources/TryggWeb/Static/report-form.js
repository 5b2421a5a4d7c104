// The report form: the people-count field shows only for indicators that ask for it, and the chosen
// indicator's "what to report here" appears under the list. Without this script the field is always there
// (the server ignores a count for an indicator that does not ask for one) and every text is in a <details>.
(function () {
  "use strict";
  var what = document.getElementById("what");
  var field = document.querySelector("[data-people-field]");
  var guidance = document.getElementById("what-guidance");
  if (!what || !field) return;
  function update() {
    var option = what.options[what.selectedIndex];
    field.hidden = !(option && option.hasAttribute("data-asks-people"));
    var text = option ? option.getAttribute("data-guidance") : "";
    if (guidance) {
      guidance.textContent = text || "";
      guidance.hidden = !text;
    }
  }
  what.addEventListener("change", update);
  update();
})();
