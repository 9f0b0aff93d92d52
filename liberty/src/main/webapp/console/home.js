// The console's home: after signing in, the pages the user's roles may use.

import { $ } from "./dom.js";
import { hasRole, wireSignIn } from "./session.js";


function opened() {
  let shown = 0;
  for (const tile of document.querySelectorAll("#pages .tile")) {
    tile.hidden = !hasRole(...tile.dataset.roles.split(" "));
    shown += tile.hidden ? 0 : 1;
  }
  $("pages").hidden = shown === 0;
  $("nothing").hidden = shown !== 0;
}

function closed() {
  $("pages").hidden = true;
  $("nothing").hidden = true;
}

wireSignIn({ opened, closed });
