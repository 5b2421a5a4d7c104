// The place picker: a click on the map, the device's position or a place found by name becomes a point;
// the server says which area it lies in. Without this script the area list and place description still work.
(function () {
  "use strict";
  var picker = document.querySelector("[data-place-picker]");
  if (!picker) return;
  var svg = picker.querySelector("svg.map");
  var latitude = picker.querySelector("input[name=latitude]");
  var longitude = picker.querySelector("input[name=longitude]");
  var area = picker.querySelector("select[name=area]");
  var place = picker.querySelector("input[name=place]");
  var summary = picker.querySelector("[data-summary]");
  var here = picker.querySelector("[data-use-position]");
  var RADIUS = 6378137;

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

  // Marks an answer's point in the map's own units; `focus` also zooms the map to it (map.js listens).
  function markAnswer(answer, focus) {
    if (!svg) return;
    var metres = parseFloat(svg.dataset.metresPerUnit);
    var east = answer.easting, north = answer.northing;
    if (svg.dataset.projection === "EPSG:3857") {
      east = RADIUS * answer.longitude * Math.PI / 180;
      north = RADIUS * Math.log(Math.tan(Math.PI / 4 + answer.latitude * Math.PI / 360));
    }
    var x = (east - parseFloat(svg.dataset.originEasting)) / metres, y = (parseFloat(svg.dataset.originNorthing) - north) / metres;
    mark(x, y);
    if (focus) svg.dispatchEvent(new CustomEvent("map-focus", { detail: { x: x, y: y, zoom: 6 } }));
  }

  function show(answer, focus) {
    latitude.value = answer.latitude.toFixed(6);
    longitude.value = answer.longitude.toFixed(6);
    if (answer.area && area) area.value = answer.area;
    var position = answer.latitude.toFixed(5) + ", " + answer.longitude.toFixed(5);
    summary.textContent = picker.dataset.summaryTemplate
      .replace("{position}", position)
      .replace("{area}", answer.areaName || picker.dataset.outside);
    markAnswer(answer, focus);
  }

  function locate(query, focus) {
    fetch(picker.dataset.locateUrl + "?" + query, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (answer) { show(answer, focus); })
      .catch(function () { summary.textContent = picker.dataset.failed; });
  }

  if (svg) {
    svg.addEventListener("click", function (event) {
      // A link on the map (a report, a cluster) does its own thing.
      if (event.target.closest && event.target.closest("a")) return;
      var point = svg.createSVGPoint();
      point.x = event.clientX;
      point.y = event.clientY;
      var p = point.matrixTransform(svg.getScreenCTM().inverse());
      var metres = parseFloat(svg.dataset.metresPerUnit);
      var east = parseFloat(svg.dataset.originEasting) + p.x * metres;
      var north = parseFloat(svg.dataset.originNorthing) - p.y * metres;
      if (svg.dataset.projection === "EPSG:3857") {
        // Web Mercator (a map with a tile background) inverts in closed form.
        locate("latitude=" + (Math.atan(Math.sinh(north / RADIUS)) * 180 / Math.PI) +
               "&longitude=" + (east / RADIUS * 180 / Math.PI));
      } else {
        locate("easting=" + east + "&northing=" + north);
      }
    });
  }

  if (here && navigator.geolocation) {
    here.hidden = false;
    here.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (position) {
        locate("latitude=" + position.coords.latitude + "&longitude=" + position.coords.longitude, true);
      }, function () { summary.textContent = picker.dataset.noPosition; });
    });
  }

  // Searching by name inside a form that saves: the results are buttons that fill in the place, never a submit.
  var search = picker.querySelector("[data-needs-script]");
  var find = picker.querySelector("[data-find]");
  if (search && find) {
    search.hidden = false;
    var input = search.querySelector("input[type=search]");
    var results = search.querySelector("[data-results]");
    var run = function () {
      if (input.value.trim().length < 2) {
        results.textContent = picker.dataset.tooShort;
        return;
      }
      fetch(picker.dataset.placesUrl + "?q=" + encodeURIComponent(input.value), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          return response.ok ? response.json() : response.json().then(function (problem) { return Promise.reject(problem); });
        })
        .then(function (matches) {
          results.innerHTML = "";
          if (!matches.length) {
            results.textContent = picker.dataset.noResults;
            return;
          }
          var list = document.createElement("ul");
          list.className = "place-results";
          matches.forEach(function (match) {
            var item = document.createElement("li");
            var button = document.createElement("button");
            button.type = "button";
            button.className = "link-button";
            button.textContent = match.name;
            button.setAttribute("aria-label", picker.dataset.useTemplate.replace("{place}", match.name));
            button.addEventListener("click", function () {
              if (place && !place.value) place.value = match.name;
              locate("latitude=" + match.latitude + "&longitude=" + match.longitude, true);
              results.innerHTML = "";
            });
            item.appendChild(button);
            if (match.approximate) item.appendChild(document.createTextNode(" (" + picker.dataset.approximate + ")"));
            list.appendChild(item);
          });
          results.appendChild(list);
        })
        .catch(function (problem) {
          results.textContent = (problem && problem.errors && problem.errors[0] && problem.errors[0].message) || picker.dataset.failed;
        });
    };
    find.addEventListener("click", run);
    input.addEventListener("keydown", function (event) {
      // Enter searches; it must not send the report.
      if (event.key === "Enter") {
        event.preventDefault();
        run();
      }
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
