// The report form: the people-count field shows only for indicators that ask for it. Without this script
// the field is always there, and the server ignores a count for an indicator that does not ask for one.
(function () {
  "use strict";
  var what = document.getElementById("what");
  var field = document.querySelector("[data-people-field]");
  if (!what || !field) return;
  function update() {
    var option = what.options[what.selectedIndex];
    field.hidden = !(option && option.hasAttribute("data-asks-people"));
  }
  what.addEventListener("change", update);
  update();
})();
