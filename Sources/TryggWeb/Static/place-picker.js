// The place picker: a click on the map, or the device's position, becomes a point; the server says
// which area it lies in. Without this script the area list and place description still work.
(function () {
  "use strict";
  var picker = document.querySelector("[data-place-picker]");
  if (!picker) return;
  var svg = picker.querySelector("svg.map");
  var latitude = picker.querySelector("input[name=latitude]");
  var longitude = picker.querySelector("input[name=longitude]");
  var area = picker.querySelector("select[name=area]");
  var summary = picker.querySelector("[data-summary]");
  var here = picker.querySelector("[data-use-position]");

  function mark(x, y) {
    var ns = "http://www.w3.org/2000/svg";
    var cross = svg.querySelector("g.chosen") || svg.appendChild(document.createElementNS(ns, "g"));
    cross.setAttribute("class", "chosen");
    cross.setAttribute("stroke", "#b00020");
    cross.setAttribute("stroke-width", "3");
    cross.innerHTML = "";
    var path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M" + (x - 9) + " " + y + "H" + (x + 9) + "M" + x + " " + (y - 9) + "V" + (y + 9));
    cross.appendChild(path);
  }

  function show(answer) {
    latitude.value = answer.latitude.toFixed(6);
    longitude.value = answer.longitude.toFixed(6);
    if (answer.area && area) area.value = answer.area;
    var position = answer.latitude.toFixed(5) + ", " + answer.longitude.toFixed(5);
    summary.textContent = picker.dataset.summaryTemplate
      .replace("{position}", position)
      .replace("{area}", answer.areaName || picker.dataset.outside);
  }

  function locate(query) {
    fetch(picker.dataset.locateUrl + "?" + query, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(show)
      .catch(function () { summary.textContent = picker.dataset.failed; });
  }

  if (svg) {
    svg.addEventListener("click", function (event) {
      var point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      var p = point.matrixTransform(svg.getScreenCTM().inverse());
      var metres = parseFloat(svg.dataset.metresPerUnit);
      var east = parseFloat(svg.dataset.originEasting) + p.x * metres;
      var north = parseFloat(svg.dataset.originNorthing) - p.y * metres;
      mark(p.x, p.y);
      if (svg.dataset.projection === "EPSG:3857") {
        // Web Mercator (a map with a tile background) inverts in closed form.
        var radius = 6378137;
        locate("latitude=" + (Math.atan(Math.sinh(north / radius)) * 180 / Math.PI) +
               "&longitude=" + (east / radius * 180 / Math.PI));
      } else {
        locate("easting=" + east + "&northing=" + north);
      }
    });
  }

  if (here && navigator.geolocation) {
    here.hidden = false;
    here.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        locate("latitude=" + position.coords.latitude + "&longitude=" + position.coords.longitude);
      }, function () { summary.textContent = picker.dataset.noPosition; });
    });
  }
})();

// A file chosen for import is read into the text area, so the form posts it as text.
(function () {
  "use strict";
  var input = document.querySelector("input[type=file][data-fills]");
  if (!input) return;
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    if (!file) return;
    file.text().then(function (text) { document.getElementById(input.dataset.fills).value = text; });
  });
})();
