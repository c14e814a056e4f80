// Product page: picking a colour swaps the gallery to that colour's images and shows that colour's variants; the
// quantity stepper. Without this script the same works through ?color= links and the plain number field.
(function () {
  'use strict';

  var mainImage = document.getElementById('product-main-image');
  var thumbs = Array.prototype.slice.call(document.querySelectorAll('.thumbs li'));
  var swatches = Array.prototype.slice.call(document.querySelectorAll('.swatch'));
  var choices = Array.prototype.slice.call(document.querySelectorAll('.choice'));
  var selectedName = document.getElementById('selected-colour');

  function showImage(img) {
    if (mainImage && img) {
      mainImage.src = img.getAttribute('src');
      mainImage.alt = img.getAttribute('alt') || '';
    }
  }

  // The same rule as the page's first render: the colour's own images, then the product-wide ones; all if neither.
  function galleryFor(colour) {
    var own = thumbs.filter(function (li) { return li.dataset.color === colour; });
    var common = thumbs.filter(function (li) { return li.dataset.color === undefined; });
    var shown = own.concat(common);
    return shown.length ? shown : thumbs;
  }

  function pickColour(colour, href) {
    swatches.forEach(function (swatch) {
      if (swatch.dataset.color === colour) {
        swatch.setAttribute('aria-current', 'true');
      } else {
        swatch.removeAttribute('aria-current');
      }
    });
    var shown = galleryFor(colour);
    thumbs.forEach(function (li) { li.hidden = shown.indexOf(li) < 0; });
    if (shown.length) {
      showImage(shown[0].querySelector('img'));
    } else {
      var swatchImage = document.querySelector('.swatch[aria-current] img');
      if (swatchImage && swatchImage.getAttribute('src')) {
        mainImage.src = swatchImage.getAttribute('src');
      }
    }
    choices.forEach(function (label) {
      var own = label.dataset.color === undefined || label.dataset.color === colour;
      label.hidden = !own;
      var input = label.querySelector('input');
      if (!own && input) {
        input.checked = false;
      }
    });
    if (selectedName) {
      selectedName.textContent = colour;
    }
    if (href && window.history && window.history.replaceState) {
      window.history.replaceState(null, '', href);
    }
  }

  swatches.forEach(function (swatch) {
    swatch.addEventListener('click', function (event) {
      event.preventDefault();
      pickColour(swatch.dataset.color, swatch.getAttribute('href'));
    });
  });

  thumbs.forEach(function (li) {
    var link = li.querySelector('a');
    if (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        showImage(link.querySelector('img'));
      });
    }
  });

  var quantity = document.getElementById('quantity');
  Array.prototype.slice.call(document.querySelectorAll('.stepper .step')).forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var min = parseInt(quantity.min, 10) || 1;
      var max = parseInt(quantity.max, 10) || 99;
      var next = (parseInt(quantity.value, 10) || min) + parseInt(button.dataset.step, 10);
      quantity.value = String(Math.min(max, Math.max(min, next)));
    });
  });
})();
