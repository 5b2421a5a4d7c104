// Pan and zoom for the server-drawn maps: buttons, the mouse wheel, dragging and two-finger pinching change
// the SVG's viewBox. Labels and symbols keep their size on screen (trygg.css divides them by --map-zoom).
// Without this script the maps still zoom through their links.
(function () {
  "use strict";
  var MAX_ZOOM = 16;

  function setUp(frame) {
    var svg = frame.querySelector("svg.map");
    if (!svg || svg.dataset.zoomReady) return;
    svg.dataset.zoomReady = "1";
    var home = svg.viewBox.baseVal;
    var start = { x: home.x, y: home.y, width: home.width, height: home.height };
    var view = { x: start.x, y: start.y, width: start.width, height: start.height };

    function apply() {
      svg.setAttribute("viewBox", [view.x, view.y, view.width, view.height].map(function (n) { return n.toFixed(1); }).join(" "));
      svg.style.setProperty("--map-zoom", (start.width / view.width).toFixed(3));
    }

    // Zooms by `factor` keeping the SVG point (cx, cy) where it is on screen.
    function zoom(factor, cx, cy) {
      var width = Math.min(Math.max(view.width / factor, start.width / MAX_ZOOM), start.width);
      var scale = width / view.width;
      if (cx === undefined) { cx = view.x + view.width / 2; cy = view.y + view.height / 2; }
      view.x = cx - (cx - view.x) * scale;
      view.y = cy - (cy - view.y) * scale;
      view.width = width;
      view.height = view.height * scale;
      clamp();
      apply();
    }

    function clamp() {
      view.x = Math.min(Math.max(view.x, start.x), start.x + start.width - view.width);
      view.y = Math.min(Math.max(view.y, start.y), start.y + start.height - view.height);
    }

    function svgPoint(clientX, clientY) {
      var point = svg.createSVGPoint();
      point.x = clientX;
      point.y = clientY;
      return point.matrixTransform(svg.getScreenCTM().inverse());
    }

    var controls = document.createElement("div");
    controls.className = "map-controls no-print";
    [["+", frame.dataset.zoomIn, function () { zoom(1.6); }],
     ["−", frame.dataset.zoomOut, function () { zoom(1 / 1.6); }],
     ["⤢", frame.dataset.zoomReset, function () { view = { x: start.x, y: start.y, width: start.width, height: start.height }; apply(); }]]
      .forEach(function (spec) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = spec[0];
        button.setAttribute("aria-label", spec[1]);
        button.title = spec[1];
        button.addEventListener("click", spec[2]);
        controls.appendChild(button);
      });
    var hint = document.createElement("span");
    hint.className = "hint";
    hint.textContent = frame.dataset.panHint;
    controls.appendChild(hint);
    frame.insertBefore(controls, frame.firstChild);

    // The place picker asks for a close view of a place found by name.
    svg.addEventListener("map-focus", function (event) {
      view.width = start.width / event.detail.zoom;
      view.height = start.height / event.detail.zoom;
      view.x = event.detail.x - view.width / 2;
      view.y = event.detail.y - view.height / 2;
      clamp();
      apply();
    });

    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var p = svgPoint(event.clientX, event.clientY);
      zoom(event.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
    }, { passive: false });

    // Dragging pans; two pointers pinch. A drag is not a click: the place picker must not mark where it ended.
    var pointers = {};
    var moved = false;
    var pinch = null;
    svg.addEventListener("pointerdown", function (event) {
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      moved = false;
      var ids = Object.keys(pointers);
      if (ids.length === 2) {
        var a = pointers[ids[0]], b = pointers[ids[1]];
        pinch = Math.hypot(a.x - b.x, a.y - b.y);
      }
    });
    svg.addEventListener("pointermove", function (event) {
      var last = pointers[event.pointerId];
      if (!last) return;
      var ids = Object.keys(pointers);
      if (ids.length === 1) {
        var dx = event.clientX - last.x, dy = event.clientY - last.y;
        if (!moved && Math.hypot(dx, dy) < 4) return;
        if (!moved) svg.setPointerCapture(event.pointerId);
        moved = true;
        var ctm = svg.getScreenCTM();
        view.x -= dx / ctm.a;
        view.y -= dy / ctm.d;
        clamp();
        apply();
      } else if (ids.length === 2 && pinch) {
        pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
        var a = pointers[ids[0]], b = pointers[ids[1]];
        var distance = Math.hypot(a.x - b.x, a.y - b.y);
        var centre = svgPoint((a.x + b.x) / 2, (a.y + b.y) / 2);
        zoom(distance / pinch, centre.x, centre.y);
        pinch = distance;
        moved = true;
        return;
      }
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
    });
    function release(event) {
      delete pointers[event.pointerId];
      if (Object.keys(pointers).length < 2) pinch = null;
    }
    svg.addEventListener("pointerup", release);
    svg.addEventListener("pointercancel", release);
    svg.addEventListener("click", function (event) {
      if (moved) {
        event.stopImmediatePropagation();
        event.preventDefault();
        moved = false;
      }
    }, true);
    // One finger still scrolls the page on a phone; two fingers zoom the map, and the buttons do both.
    svg.style.touchAction = "pan-x pan-y";
  }

  document.querySelectorAll("[data-map-zoom]").forEach(setUp);
})();
