// Tax register, property form: show only the fields of the chosen kind (land, building, condominium unit).
// Without this script every kind's fields show, each under a legend naming its kind.
(function () {
  "use strict";
  var form = document.querySelector("[data-property-form]");
  if (!form) { return; }
  var choices = form.querySelectorAll("[data-kind-choice]");
  if (choices.length === 0) { return; }
  function update() {
    var chosen = form.querySelector("[data-kind-choice]:checked");
    form.querySelectorAll("[data-kind-fields]").forEach(function (set) {
      var kinds = set.getAttribute("data-kind-fields").split(" ");
      set.hidden = chosen !== null && kinds.indexOf(chosen.value) < 0;
    });
  }
  choices.forEach(function (c) { c.addEventListener("change", update); });
  update();
}());
