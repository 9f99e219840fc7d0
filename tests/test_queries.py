"""Golden results for every shipped query on the fixture store, and checks of the query headers.

Expected rows are the string cells of :func:`conflict_kg.kg.query.result_rows`, with the
project's IRI bases shortened to ``ent:`` / ``doc:`` and percent-escapes
decoded so the tables stay readable.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from conflict_kg.kg.query import list_queries, load_query, result_rows, run_query
from conflict_kg.ontology import queries_dir

ENT = "https://w3id.org/conflict-kg/id/"
DOC = "https://w3id.org/conflict-kg/doc/"
UAF = ENT + "militaryunit/%E3%82%A6%E3%82%AF%E3%83%A9%E3%82%A4%E3%83%8A%E8%BB%8D"  # ウクライナ軍

#: Every shipped query: the six of the contract and the research library.
SHIPPED = [
    "actor_roles", "claim_threads", "claims", "co_occurring_actors", "contested_claims", "entities", "event_arguments",
    "events", "events_in_region", "events_near", "events_per_week",
    "incidents", "meetings", "new_places", "person_said", "place_statements", "place_timeline", "places", "provenance",
    "roles", "statements", "undisputed_events", "unresolved",
]
#: The query contract: these columns must never change.
CONTRACT = {
    "statements": "statement,speaker,speaker_label,role_label,date,quote,doc",
    "events": "event,type,date,participant_labels,location_labels,doc",
    "roles": "person,person_label,role_label,org_label",
    "claims": "claim,claimant_label,stance,about,date,disputed_by_label,doc",
    "entities": "entity,type,label_en,label_ja,wikidata,mentions",
    "places": "place,label_en,label_ja,wikidata,lat,lon,mentions",
}


def _short(cell: str) -> str:
    cell = cell.replace(ENT, "ent:").replace(DOC, "doc:")
    return unquote(cell) if cell.startswith(("ent:", "doc:")) else cell


def _norm(row: list[str]) -> list[str]:
    # GROUP_CONCAT's order is not defined by SPARQL (and differs between an
    # in-memory and an on-disk Oxigraph store), so "; "-joined lists compare as sorted lists.
    return ["; ".join(sorted(c.split("; "))) if "; " in c else c for c in row]


GOLDEN = [
    ('statements', {}, [
        ['doc:fixture/en#statement-0', 'ent:Q3874799', 'Volodymyr Zelenskyy', 'President', '2025-11-20', 'We will not give up Pokrovsk.', 'doc:fixture/en'],
        ['doc:fixture/ja#statement-0', 'ent:militaryunit/ウクライナ軍', 'ウクライナ軍', '', '2025-11-21', 'ポクロフスクでは戦闘が続いている', 'doc:fixture/ja'],
    ]),
    ('statements', {'speaker': ENT + 'Q3874799'}, [
        ['doc:fixture/en#statement-0', 'ent:Q3874799', 'Volodymyr Zelenskyy', 'President', '2025-11-20', 'We will not give up Pokrovsk.', 'doc:fixture/en'],
    ]),
    ('statements', {'since': '2025-11-21'}, [
        ['doc:fixture/ja#statement-0', 'ent:militaryunit/ウクライナ軍', 'ウクライナ軍', '', '2025-11-21', 'ポクロフスクでは戦闘が続いている', 'doc:fixture/ja'],
    ]),
    ('events', {}, [
        ['doc:fixture/en#event-0', 'Attack', '2025-11-19', 'Russian forces; Kyiv', 'Kyiv', 'doc:fixture/en'],
        ['doc:fixture/ja#event-0', 'Meeting', '2025-11-20', 'Vladimir Putin; Volodymyr Zelenskyy', 'Moscow', 'doc:fixture/ja'],
    ]),
    ('events', {'status': 'all'}, [
        ['doc:fixture/en#event-0', 'Attack', '2025-11-19', 'Russian forces; Kyiv', 'Kyiv', 'doc:fixture/en'],
        ['doc:fixture/ja#event-0', 'Meeting', '2025-11-20', 'Vladimir Putin; Volodymyr Zelenskyy', 'Moscow', 'doc:fixture/ja'],
        ['doc:fixture/ja#event-1', 'Capture', '2025-11-21', 'Ministry of Defence of Russia', 'Pokrovsk', 'doc:fixture/ja'],
    ]),
    ('events', {'status': 'claimed'}, [
        ['doc:fixture/ja#event-1', 'Capture', '2025-11-21', 'Ministry of Defence of Russia', 'Pokrovsk', 'doc:fixture/ja'],
    ]),
    ('events', {'type': 'Attack'}, [
        ['doc:fixture/en#event-0', 'Attack', '2025-11-19', 'Russian forces; Kyiv', 'Kyiv', 'doc:fixture/en'],
    ]),
    ('events', {'place': ENT + 'Q163213'}, [
    ]),
    ('events', {'place': ENT + 'Q163213', 'status': 'all'}, [
        ['doc:fixture/ja#event-1', 'Capture', '2025-11-21', 'Ministry of Defence of Russia', 'Pokrovsk', 'doc:fixture/ja'],
    ]),
    ('events', {'until': '2025-11-20'}, [
        ['doc:fixture/en#event-0', 'Attack', '2025-11-19', 'Russian forces; Kyiv', 'Kyiv', 'doc:fixture/en'],
        ['doc:fixture/ja#event-0', 'Meeting', '2025-11-20', 'Vladimir Putin; Volodymyr Zelenskyy', 'Moscow', 'doc:fixture/ja'],
    ]),
    ('roles', {}, [
        ['ent:Q7747', 'Vladimir Putin', 'President', 'Russia'],
        ['ent:Q3874799', 'Volodymyr Zelenskyy', 'President', 'Ukraine'],
    ]),
    ('roles', {'person': ENT + 'Q7747'}, [
        ['ent:Q7747', 'Vladimir Putin', 'President', 'Russia'],
    ]),
    ('undisputed_events', {}, [
        ['doc:fixture/en#event-0', 'Attack', 'reported', '2025-11-19', 'Russian forces; Kyiv', 'Kyiv', '', 'doc:fixture/en'],
        ['doc:fixture/ja#event-0', 'Meeting', 'reported', '2025-11-20', 'Vladimir Putin; Volodymyr Zelenskyy', 'Moscow', '', 'doc:fixture/ja'],
    ]),
    ('undisputed_events', {'type': 'Capture'}, [
    ]),
    ('undisputed_events', {'place': ENT + 'Q1899'}, [
        ['doc:fixture/en#event-0', 'Attack', 'reported', '2025-11-19', 'Russian forces; Kyiv', 'Kyiv', '', 'doc:fixture/en'],
    ]),
    ('undisputed_events', {'since': '2025-11-20'}, [
        ['doc:fixture/ja#event-0', 'Meeting', 'reported', '2025-11-20', 'Vladimir Putin; Volodymyr Zelenskyy', 'Moscow', '', 'doc:fixture/ja'],
    ]),
    ('undisputed_events', {'until': '2025-11-19', 'type': 'Attack'}, [
        ['doc:fixture/en#event-0', 'Attack', 'reported', '2025-11-19', 'Russian forces; Kyiv', 'Kyiv', '', 'doc:fixture/en'],
    ]),
    ('claims', {}, [
        ['doc:fixture/ja#claim-0', 'Ministry of Defence of Russia', 'asserts', 'Capture: Ministry of Defence of Russia @ Pokrovsk', '2025-11-21', 'ウクライナ軍', 'doc:fixture/ja'],
        ['doc:fixture/ja#claim-1', 'ウクライナ軍', 'denies', 'Capture: Ministry of Defence of Russia @ Pokrovsk', '2025-11-21', '', 'doc:fixture/ja'],
    ]),
    ('claims', {'stance': 'denies'}, [
        ['doc:fixture/ja#claim-1', 'ウクライナ軍', 'denies', 'Capture: Ministry of Defence of Russia @ Pokrovsk', '2025-11-21', '', 'doc:fixture/ja'],
    ]),
    ('claims', {'claimant': ENT + 'Q1469183'}, [
        ['doc:fixture/ja#claim-0', 'Ministry of Defence of Russia', 'asserts', 'Capture: Ministry of Defence of Russia @ Pokrovsk', '2025-11-21', 'ウクライナ軍', 'doc:fixture/ja'],
    ]),
    ('entities', {}, [
        ['ent:Q163213', 'City', 'Pokrovsk', 'ポクロウシク', 'Q163213', '3'],
        ['ent:Q3874799', 'Person', 'Volodymyr Zelenskyy', 'ウォロディミル・ゼレンスキー', 'Q3874799', '2'],
        ['ent:Q1469183', 'Government', 'Ministry of Defence of Russia', 'ロシア国防省', 'Q1469183', '1'],
        ['ent:Q159', 'Country', 'Russia', 'ロシア', 'Q159', '1'],
        ['ent:Q1899', 'City', 'Kyiv', 'キーウ', 'Q1899', '1'],
        ['ent:Q212', 'Country', 'Ukraine', 'ウクライナ', 'Q212', '1'],
        ['ent:Q649', 'City', 'Moscow', 'モスクワ', 'Q649', '1'],
        ['ent:Q7747', 'Person', 'Vladimir Putin', 'ウラジーミル・プーチン', 'Q7747', '1'],
        ['ent:militaryunit/ウクライナ軍', 'MilitaryUnit', 'ウクライナ軍', 'ウクライナ軍', '', '1'],
        ['ent:militaryunit/russian forces', 'MilitaryUnit', 'Russian forces', '', '', '1'],
    ]),
    ('entities', {'type': 'Person'}, [
        ['ent:Q3874799', 'Person', 'Volodymyr Zelenskyy', 'ウォロディミル・ゼレンスキー', 'Q3874799', '2'],
        ['ent:Q7747', 'Person', 'Vladimir Putin', 'ウラジーミル・プーチン', 'Q7747', '1'],
    ]),
    ('entities', {'min_mentions': 2}, [
        ['ent:Q163213', 'City', 'Pokrovsk', 'ポクロウシク', 'Q163213', '3'],
        ['ent:Q3874799', 'Person', 'Volodymyr Zelenskyy', 'ウォロディミル・ゼレンスキー', 'Q3874799', '2'],
    ]),
    ('places', {}, [
        ['ent:Q163213', 'Pokrovsk', 'ポクロウシク', 'Q163213', '48.282', '37.176', '3'],
        ['ent:Q159', 'Russia', 'ロシア', 'Q159', '', '', '1'],
        ['ent:Q1899', 'Kyiv', 'キーウ', 'Q1899', '50.45', '30.52361', '1'],
        ['ent:Q212', 'Ukraine', 'ウクライナ', 'Q212', '48.40379', '31.07618', '1'],
        ['ent:Q649', 'Moscow', 'モスクワ', 'Q649', '55.75583', '37.6173', '1'],
    ]),
    ('places', {'min_mentions': 2}, [
        ['ent:Q163213', 'Pokrovsk', 'ポクロウシク', 'Q163213', '48.282', '37.176', '3'],
    ]),
    ('place_timeline', {}, [
        ['2025-11-19', 'ent:Q1899', 'Kyiv', 'doc:fixture/en#event-0', 'Attack', 'missile attack', 'Russian forces', 'doc:fixture/en'],
        ['2025-11-20', 'ent:Q649', 'Moscow', 'doc:fixture/ja#event-0', 'Meeting', '会談', 'Vladimir Putin; Volodymyr Zelenskyy', 'doc:fixture/ja'],
        ['2025-11-21', 'ent:Q163213', 'Pokrovsk', 'doc:fixture/ja#event-1', 'Capture', '制圧', 'Ministry of Defence of Russia', 'doc:fixture/ja'],
    ]),
    ('place_timeline', {'place': ENT + 'Q163213'}, [
        ['2025-11-21', 'ent:Q163213', 'Pokrovsk', 'doc:fixture/ja#event-1', 'Capture', '制圧', 'Ministry of Defence of Russia', 'doc:fixture/ja'],
    ]),
    ('place_timeline', {'since': '2025-11-20', 'until': '2025-11-20'}, [
        ['2025-11-20', 'ent:Q649', 'Moscow', 'doc:fixture/ja#event-0', 'Meeting', '会談', 'Vladimir Putin; Volodymyr Zelenskyy', 'doc:fixture/ja'],
    ]),
    ('person_said', {}, [
        ['2025-11-20', 'ent:Q3874799', 'Volodymyr Zelenskyy', 'statement', 'said', 'We will not give up Pokrovsk.', 'doc:fixture/en#statement-0', 'doc:fixture/en'],
        ['2025-11-21', 'ent:Q1469183', 'Ministry of Defence of Russia', 'claim:asserts', '発表した', 'ロシア国防省は21日、ポクロウシクを制圧したと', 'doc:fixture/ja#claim-0', 'doc:fixture/ja'],
        ['2025-11-21', 'ent:militaryunit/ウクライナ軍', 'ウクライナ軍', 'claim:denies', '否定した', 'ウクライナ軍はこれを否定し', 'doc:fixture/ja#claim-1', 'doc:fixture/ja'],
        ['2025-11-21', 'ent:militaryunit/ウクライナ軍', 'ウクライナ軍', 'statement', '述べる', 'ポクロフスクでは戦闘が続いている', 'doc:fixture/ja#statement-0', 'doc:fixture/ja'],
    ]),
    ('person_said', {'person': ENT + 'Q3874799'}, [
        ['2025-11-20', 'ent:Q3874799', 'Volodymyr Zelenskyy', 'statement', 'said', 'We will not give up Pokrovsk.', 'doc:fixture/en#statement-0', 'doc:fixture/en'],
    ]),
    ('person_said', {'since': '2025-11-21', 'until': '2025-11-21', 'person': ENT + 'Q1469183'}, [
        ['2025-11-21', 'ent:Q1469183', 'Ministry of Defence of Russia', 'claim:asserts', '発表した', 'ロシア国防省は21日、ポクロウシクを制圧したと', 'doc:fixture/ja#claim-0', 'doc:fixture/ja'],
    ]),
    ('meetings', {}, [
        ['2025-11-20', 'ent:Q3874799', 'Volodymyr Zelenskyy', 'ent:Q7747', 'Vladimir Putin', 'Moscow', 'doc:fixture/ja#event-0', 'doc:fixture/ja'],
    ]),
    ('meetings', {'actor': ENT + 'Q7747'}, [
        ['2025-11-20', 'ent:Q3874799', 'Volodymyr Zelenskyy', 'ent:Q7747', 'Vladimir Putin', 'Moscow', 'doc:fixture/ja#event-0', 'doc:fixture/ja'],
    ]),
    ('meetings', {'actor': ENT + 'Q1469183'}, [
    ]),
    ('meetings', {'since': '2025-11-21'}, [
    ]),
    ('contested_claims', {}, [
        ['2025-11-21', 'doc:fixture/ja#claim-0', 'Ministry of Defence of Russia', 'ロシア国防省は21日、ポクロウシクを制圧したと', 'doc:fixture/ja#claim-1', 'ウクライナ軍', 'denies', 'ウクライナ軍はこれを否定し', 'Capture', 'doc:fixture/ja'],
    ]),
    ('contested_claims', {'claimant': UAF}, [
        ['2025-11-21', 'doc:fixture/ja#claim-0', 'Ministry of Defence of Russia', 'ロシア国防省は21日、ポクロウシクを制圧したと', 'doc:fixture/ja#claim-1', 'ウクライナ軍', 'denies', 'ウクライナ軍はこれを否定し', 'Capture', 'doc:fixture/ja'],
    ]),
    ('contested_claims', {'since': '2025-11-22'}, [
    ]),
    ('events_per_week', {}, [
        ['2025-11-17', 'Attack', '1'],
        ['2025-11-17', 'Capture', '1'],
        ['2025-11-17', 'Meeting', '1'],
    ]),
    ('events_per_week', {'type': 'Attack'}, [
        ['2025-11-17', 'Attack', '1'],
    ]),
    ('events_per_week', {'since': '2025-11-20'}, [
        ['2025-11-17', 'Capture', '1'],
        ['2025-11-17', 'Meeting', '1'],
    ]),
    ('new_places', {}, [
        ['ent:Q649', 'Moscow', 'モスクワ', '2025-11-21', 'fixture/ja', '1'],
        ['ent:Q159', 'Russia', 'ロシア', '2025-11-21', 'fixture/ja', '1'],
        ['ent:Q1899', 'Kyiv', 'キーウ', '2025-11-20', 'fixture/en', '1'],
        ['ent:Q163213', 'Pokrovsk', 'ポクロウシク', '2025-11-20', 'fixture/en', '3'],
        ['ent:Q212', 'Ukraine', 'ウクライナ', '2025-11-20', 'fixture/en', '1'],
    ]),
    ('new_places', {'days': 1}, [
        ['ent:Q649', 'Moscow', 'モスクワ', '2025-11-21', 'fixture/ja', '1'],
        ['ent:Q159', 'Russia', 'ロシア', '2025-11-21', 'fixture/ja', '1'],
    ]),
    ('new_places', {'days': 1, 'as_of': '2025-11-20'}, [
        ['ent:Q1899', 'Kyiv', 'キーウ', '2025-11-20', 'fixture/en', '1'],
        ['ent:Q163213', 'Pokrovsk', 'ポクロウシク', '2025-11-20', 'fixture/en', '3'],
        ['ent:Q212', 'Ukraine', 'ウクライナ', '2025-11-20', 'fixture/en', '1'],
    ]),
    ('new_places', {'days': 2}, [
        ['ent:Q649', 'Moscow', 'モスクワ', '2025-11-21', 'fixture/ja', '1'],
        ['ent:Q159', 'Russia', 'ロシア', '2025-11-21', 'fixture/ja', '1'],
        ['ent:Q1899', 'Kyiv', 'キーウ', '2025-11-20', 'fixture/en', '1'],
        ['ent:Q163213', 'Pokrovsk', 'ポクロウシク', '2025-11-20', 'fixture/en', '3'],
        ['ent:Q212', 'Ukraine', 'ウクライナ', '2025-11-20', 'fixture/en', '1'],
    ]),
    ('place_statements', {}, [
        ['ent:Q163213', 'Pokrovsk', 'doc:fixture/en#statement-0', 'Volodymyr Zelenskyy', '2025-11-20', 'We will not give up Pokrovsk.', 'doc:fixture/en'],
        ['ent:Q163213', 'Pokrovsk', 'doc:fixture/ja#statement-0', 'ウクライナ軍', '2025-11-21', 'ポクロフスクでは戦闘が続いている', 'doc:fixture/ja'],
    ]),
    ('place_statements', {'place': ENT + 'Q1899'}, [
    ]),
    ('actor_roles', {}, [
        ['ent:Q7747', 'Vladimir Putin', 'President', 'Russia', '2025-11-21', '2025-11-21', '1'],
        ['ent:Q3874799', 'Volodymyr Zelenskyy', 'President', 'Ukraine', '2025-11-20', '2025-11-20', '1'],
    ]),
    ('actor_roles', {'person': ENT + 'Q3874799'}, [
        ['ent:Q3874799', 'Volodymyr Zelenskyy', 'President', 'Ukraine', '2025-11-20', '2025-11-20', '1'],
    ]),
    ('actor_roles', {'since': '2025-11-21'}, [
        ['ent:Q7747', 'Vladimir Putin', 'President', 'Russia', '2025-11-21', '2025-11-21', '1'],
    ]),
    ('co_occurring_actors', {}, [
        ['ent:Q3874799', 'Volodymyr Zelenskyy', 'ent:Q7747', 'Vladimir Putin', '1', '1'],
    ]),
    ('co_occurring_actors', {'actor': ENT + 'Q1469183'}, [
    ]),
    ('co_occurring_actors', {'min_sentences': 2}, [
    ]),
    ('provenance', {'doc_id': 'fixture/en'}, [
        ['doc:fixture/en#event-0', 'Attack', 'fixture/en', '2025-11-20', '26', '40', 'Russian forces launched a missile attack on Kyiv on the 19th.', 'fixture', '0.6', 'fixture'],
        ['doc:fixture/en#role-0', 'Role', 'fixture/en', '2025-11-20', '62', '90', ' Ukrainian President Zelensky said, "We will not give up Pokrovsk.', 'fixture', '0.8', 'fixture'],
        ['doc:fixture/en#statement-0', 'Statement', 'fixture/en', '2025-11-20', '62', '128', ' Ukrainian President Zelensky said, "We will not give up Pokrovsk.', 'fixture', '0.7', 'fixture'],
    ]),
    ('provenance', {'fact': DOC + 'fixture/ja#claim-1'}, [
        ['doc:fixture/ja#claim-1', 'Claim', 'fixture/ja', '2025-11-21', '64', '76', 'ウクライナ軍はこれを否定し、「ポクロフスクでは戦闘が続いている」と述べた。', 'fixture', '0.6', 'fixture'],
    ]),
    ('provenance', {}, [
        ['doc:fixture/en#event-0', 'Attack', 'fixture/en', '2025-11-20', '26', '40', 'Russian forces launched a missile attack on Kyiv on the 19th.', 'fixture', '0.6', 'fixture'],
        ['doc:fixture/en#role-0', 'Role', 'fixture/en', '2025-11-20', '62', '90', ' Ukrainian President Zelensky said, "We will not give up Pokrovsk.', 'fixture', '0.8', 'fixture'],
        ['doc:fixture/en#statement-0', 'Statement', 'fixture/en', '2025-11-20', '62', '128', ' Ukrainian President Zelensky said, "We will not give up Pokrovsk.', 'fixture', '0.7', 'fixture'],
        ['doc:fixture/ja#role-0', 'Role', 'fixture/ja', '2025-11-21', '0', '11', 'ロシアのプーチン大統領は20日、モスクワでゼレンスキー大統領と会談した。', 'fixture', '0.8', 'fixture'],
        ['doc:fixture/ja#event-0', 'Meeting', 'fixture/ja', '2025-11-21', '31', '33', 'ロシアのプーチン大統領は20日、モスクワでゼレンスキー大統領と会談した。', 'fixture', '0.6', 'fixture'],
        ['doc:fixture/ja#claim-0', 'Claim', 'fixture/ja', '2025-11-21', '36', '63', 'ロシア国防省は21日、ポクロウシクを制圧したと発表した。', 'fixture', '0.6', 'fixture'],
        ['doc:fixture/ja#event-1', 'Capture', 'fixture/ja', '2025-11-21', '54', '56', 'ロシア国防省は21日、ポクロウシクを制圧したと発表した。', 'fixture', '0.6', 'fixture'],
        ['doc:fixture/ja#claim-1', 'Claim', 'fixture/ja', '2025-11-21', '64', '76', 'ウクライナ軍はこれを否定し、「ポクロフスクでは戦闘が続いている」と述べた。', 'fixture', '0.6', 'fixture'],
        ['doc:fixture/ja#statement-0', 'Statement', 'fixture/ja', '2025-11-21', '64', '100', 'ウクライナ軍はこれを否定し、「ポクロフスクでは戦闘が続いている」と述べた。', 'fixture', '0.7', 'fixture'],
    ]),
    ('place_statements', {'place': ENT + 'Q163213'}, [
        ['ent:Q163213', 'Pokrovsk', 'doc:fixture/en#statement-0', 'Volodymyr Zelenskyy', '2025-11-20', 'We will not give up Pokrovsk.', 'doc:fixture/en'],
        ['ent:Q163213', 'Pokrovsk', 'doc:fixture/ja#statement-0', 'ウクライナ軍', '2025-11-21', 'ポクロフスクでは戦闘が続いている', 'doc:fixture/ja'],
    ]),
    ('co_occurring_actors', {'actor': ENT + 'Q7747', 'min_sentences': 1}, [
        ['ent:Q3874799', 'Volodymyr Zelenskyy', 'ent:Q7747', 'Vladimir Putin', '1', '1'],
    ]),
]

# `conflict-kg stats --unresolved`: the fixture's two resolver-minted ("new") entities.
GOLDEN += [
    ('unresolved', {}, [
        ['ent:militaryunit/russian forces', 'MilitaryUnit', 'Russian forces', 'Russian forces', '1', '1', ''],
        ['ent:militaryunit/ウクライナ軍', 'MilitaryUnit', 'ウクライナ軍', 'ウクライナ軍', '1', '1', ''],
    ]),
    ('unresolved', {'type': 'Person'}, [
    ]),
    ('unresolved', {'type': 'MilitaryUnit', 'min_mentions': 1}, [
        ['ent:militaryunit/russian forces', 'MilitaryUnit', 'Russian forces', 'Russian forces', '1', '1', ''],
        ['ent:militaryunit/ウクライナ軍', 'MilitaryUnit', 'ウクライナ軍', 'ウクライナ軍', '1', '1', ''],
    ]),
    ('unresolved', {'min_mentions': 2}, [
    ]),
]

# Events coded ACLED-style: agents, targets, the most specific place's coordinates, the claimant
# of a claimed event (empty when the outlet asserts it).
GOLDEN += [
    ('event_arguments', {}, [
        ['doc:fixture/en#event-0', 'Attack', '2025-11-19', 'Russian forces', 'Kyiv', 'Kyiv', '50.45', '30.52361', '', '', 'doc:fixture/en'],
        ['doc:fixture/ja#event-0', 'Meeting', '2025-11-20', '', '', 'Moscow', '55.75583', '37.6173', '', '', 'doc:fixture/ja'],
        ['doc:fixture/ja#event-1', 'Capture', '2025-11-21', 'Ministry of Defence of Russia', '', 'Pokrovsk', '48.282', '37.176', '', 'Ministry of Defence of Russia', 'doc:fixture/ja'],
    ]),
    ('event_arguments', {'type': 'Capture'}, [
        ['doc:fixture/ja#event-1', 'Capture', '2025-11-21', 'Ministry of Defence of Russia', '', 'Pokrovsk', '48.282', '37.176', '', 'Ministry of Defence of Russia', 'doc:fixture/ja'],
    ]),
    ('event_arguments', {'until': '2025-11-19'}, [
        ['doc:fixture/en#event-0', 'Attack', '2025-11-19', 'Russian forces', 'Kyiv', 'Kyiv', '50.45', '30.52361', '', '', 'doc:fixture/en'],
    ]),
]


def test_event_arguments_fatalities_and_most_specific_place(tmp_path):
    """The best fatality figure, and lat/lon of the city rather than of the country it lies in."""
    from conflict_kg.kg.model import Count
    from conflict_kg.kg.rdf import document_graph
    from conflict_kg.kg.store import KGStore
    from tests.fixture_records import RESOLUTIONS, fixture_records

    en = fixture_records()[1]
    e = en.events[0]
    ukr = next(m for m in en.mentions if m.text == "Ukrainian")
    e.locations = [ukr, *e.locations]
    e.fatalities = Count("at least 12", 12, low=12)
    with KGStore(tmp_path / "store") as store:
        store.put_document(en.doc.id, document_graph(en, RESOLUTIONS))
        store.refresh_summary()
        _spec, result = run_query(store, "event_arguments")
        _columns, rows = result_rows(result)
    assert [r[6:9] for r in rows] == [["50.45", "30.52361", "12"]]

# Incidents (graph/incidents): on the fixture every report is its own incident; the cross-document
# goldens are in tests/test_incident_queries.py.
GOLDEN += [
    ('incidents', {}, [
        ['https://w3id.org/conflict-kg/incident/e78a74d50a92c551', 'Attack', '2025-11-19', 'Russian forces', '', 'Kyiv', 'asserted', '1', 'doc:fixture/en', 'en'],
        ['https://w3id.org/conflict-kg/incident/71f554ee0a3a3849', 'Meeting', '2025-11-20', '', '', 'Moscow', 'asserted', '1', 'doc:fixture/ja', 'ja'],
        ['https://w3id.org/conflict-kg/incident/1cf6571834ffd926', 'Capture', '2025-11-21', 'Ministry of Defence of Russia', '', 'Pokrovsk', 'disputed', '1', 'doc:fixture/ja', 'ja'],
    ]),
    ('incidents', {'incident_status': 'disputed'}, [
        ['https://w3id.org/conflict-kg/incident/1cf6571834ffd926', 'Capture', '2025-11-21', 'Ministry of Defence of Russia', '', 'Pokrovsk', 'disputed', '1', 'doc:fixture/ja', 'ja'],
    ]),
    ('incidents', {'type': 'Meeting'}, [
        ['https://w3id.org/conflict-kg/incident/71f554ee0a3a3849', 'Meeting', '2025-11-20', '', '', 'Moscow', 'asserted', '1', 'doc:fixture/ja', 'ja'],
    ]),
    ('incidents', {'since': '2025-11-20', 'until': '2025-11-20'}, [
        ['https://w3id.org/conflict-kg/incident/71f554ee0a3a3849', 'Meeting', '2025-11-20', '', '', 'Moscow', 'asserted', '1', 'doc:fixture/ja', 'ja'],
    ]),
    ('incidents', {'place': ENT + 'Q1899'}, [
        ['https://w3id.org/conflict-kg/incident/e78a74d50a92c551', 'Attack', '2025-11-19', 'Russian forces', '', 'Kyiv', 'asserted', '1', 'doc:fixture/en', 'en'],
    ]),
    ('incidents', {'min_reports': 2}, [
    ]),
    ('claim_threads', {}, [
        ['https://w3id.org/conflict-kg/incident/1cf6571834ffd926', 'Capture @ Pokrovsk', 'Ministry of Defence of Russia', 'ウクライナ軍', '2025-11-21', '2025-11-21', 'doc:fixture/ja'],
    ]),
    ('claim_threads', {'disputed': 'yes'}, [
        ['https://w3id.org/conflict-kg/incident/1cf6571834ffd926', 'Capture @ Pokrovsk', 'Ministry of Defence of Russia', 'ウクライナ軍', '2025-11-21', '2025-11-21', 'doc:fixture/ja'],
    ]),
    ('claim_threads', {'claimant': ENT + 'Q7747'}, [
    ]),
    ('claim_threads', {'since': '2025-11-22'}, [
    ]),
    ('events_per_week', {'count': 'reports'}, [
        ['2025-11-17', 'Attack', '1'],
        ['2025-11-17', 'Capture', '1'],
        ['2025-11-17', 'Meeting', '1'],
    ]),
    ('events_per_week', {}, [
        ['2025-11-17', 'Attack', '1'],
        ['2025-11-17', 'Capture', '1'],
        ['2025-11-17', 'Meeting', '1'],
    ]),
]


# Places: containment and distance (issue 16). The fixture's Pokrovsk lies in Pokrovsk Raion, Donetsk Oblast.
GOLDEN += [
    ('events_in_region', {'region': ENT + 'location/donetsk_oblast'}, [
    ]),
    ('events_in_region', {'region': ENT + 'location/donetsk_oblast', 'status': 'all'}, [
        ['doc:fixture/ja#event-1', 'Capture', '2025-11-21', 'ent:Q163213', 'Pokrovsk', '', 'doc:fixture/ja'],
    ]),
    ('events_in_region', {'region': ENT + 'Q212', 'status': 'all'}, [
        ['doc:fixture/en#event-0', 'Attack', '2025-11-19', 'ent:Q1899', 'Kyiv', '', 'doc:fixture/en'],
        ['doc:fixture/ja#event-1', 'Capture', '2025-11-21', 'ent:Q163213', 'Pokrovsk', '', 'doc:fixture/ja'],
    ]),
    ('events_near', {'place': ENT + 'location/donetsk_oblast', 'km': '100', 'status': 'all'}, [
        ['doc:fixture/ja#event-1', 'Capture', '2025-11-21', 'ent:Q163213', 'Pokrovsk', '55.9', 'doc:fixture/ja'],
    ]),
    ('events_near', {'place': ENT + 'Q1899'}, [
        ['doc:fixture/en#event-0', 'Attack', '2025-11-19', 'ent:Q1899', 'Kyiv', '0.0', 'doc:fixture/en'],
    ]),
]


def test_unresolved_lists_only_minted_entities(fixture_store):
    """Gazetteer entities never appear; every minted entity of the fixture does."""
    from tests.fixture_records import RESOLUTIONS

    _spec, result = run_query(fixture_store, "unresolved")
    _columns, rows = result_rows(result)
    minted = sorted(k for k, r in RESOLUTIONS.items() if r.method == "new")
    assert len(minted) == 2
    assert sorted(unquote(r[0]).replace(ENT, "") for r in rows) == minted


def test_shipped_queries_are_the_expected_set():
    names = [spec.name for spec in list_queries()]
    assert names == SHIPPED
    assert len(names) >= 15


def test_every_shipped_query_has_a_golden_case():
    assert {name for name, _p, _rows in GOLDEN} == set(SHIPPED)
    assert len(GOLDEN) == 82


@pytest.mark.parametrize("name", SHIPPED)
def test_query_header(name):
    spec = load_query(name)
    assert spec.summary, f"{name} has no '#+ summary:'"
    assert spec.columns, f"{name} has no '#+ columns:'"
    body = "\n".join(line for line in spec.text.splitlines() if not line.lstrip().startswith("#"))
    used = set(re.findall(r"\?_(\w+)", body))
    declared = {p.name for p in spec.params}
    assert used == declared, f"{name}: parameters used {sorted(used)} but declared {sorted(declared)}"
    for p in spec.params:
        assert p.description, f"{name}: parameter {p.name} has no description"


@pytest.mark.parametrize("name", SHIPPED)
def test_query_parses_for_the_endpoint(name):
    # The endpoint refuses what rdflib's SPARQL parser cannot read; every shipped query must pass.
    from conflict_kg.kg.endpoint import check_query

    assert check_query(load_query(name).text) == "select"


@pytest.mark.parametrize("name", SHIPPED)
def test_columns_header_matches_result(fixture_store, name):
    spec, result = run_query(fixture_store, name)
    columns, _rows = result_rows(result)
    assert columns == spec.columns


@pytest.mark.parametrize(("name", "columns"), sorted(CONTRACT.items()))
def test_contract_columns_unchanged(name, columns):
    assert ",".join(load_query(name).columns) == columns


@pytest.mark.parametrize(("name", "params", "expected"), GOLDEN, ids=[f"{n}-{i}" for i, (n, _p, _e) in enumerate(GOLDEN)])
def test_golden(fixture_store, name, params, expected):
    _spec, result = run_query(fixture_store, name, params)
    _columns, rows = result_rows(result)
    assert [_norm([_short(c) for c in row]) for row in rows] == [_norm(row) for row in expected]


def test_queries_dir_holds_only_loadable_queries():
    files = sorted(p.stem for p in queries_dir().glob("*.rq"))
    assert files == SHIPPED


def test_alias_provenance_per_document(fixture_store):
    """Which document used which spelling: every mention node keeps its surface, document and resolution method."""
    q = """
    PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
    SELECT ?surface ?doc ?how WHERE {
      ?m ckg:mentionOf <https://w3id.org/conflict-kg/id/Q163213> ; ckg:surface ?surface ;
         ckg:sourceDocument ?d ; ckg:resolution ?how .
      ?d <http://purl.org/dc/terms/identifier> ?doc .
    } ORDER BY ?doc ?surface"""
    _spec, result = run_query(fixture_store, q)
    _columns, rows = result_rows(result)
    assert rows == [["Pokrovsk", "fixture/en", "gazetteer"], ["ポクロウシク", "fixture/ja", "gazetteer"],
                    ["ポクロフスク", "fixture/ja", "gazetteer"]]


_CLAIMED = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX d: <https://w3id.org/conflict-kg/doc/t#>
INSERT DATA {
  GRAPH <https://w3id.org/conflict-kg/graph/t> {
    d:e1 a ckg:Capture ; ckg:status ckg:Claimed ; ckg:sourceDocument <https://w3id.org/conflict-kg/doc/t> ; ckg:startOffset 0 .
    d:e2 a ckg:Attack ; ckg:status ckg:Reported ; ckg:sourceDocument <https://w3id.org/conflict-kg/doc/t> ; ckg:startOffset 9 .
    d:c1 a ckg:Claim ; ckg:about d:e1 ; ckg:stance ckg:Asserts ; ckg:claimant <https://w3id.org/conflict-kg/id/A> .
    d:c2 a ckg:Claim ; ckg:about d:e1 ; ckg:stance ckg:Asserts ; ckg:claimant <https://w3id.org/conflict-kg/id/B> .
    d:c3 a ckg:Claim ; ckg:about d:e1 ; ckg:stance ckg:Asserts .
  }
  GRAPH <https://w3id.org/conflict-kg/graph/entities> {
    <https://w3id.org/conflict-kg/id/A> skos:prefLabel "Army A"@en .
    <https://w3id.org/conflict-kg/id/B> skos:prefLabel "B 軍"@ja .
  }
}
"""


def test_undisputed_events_lists_every_claimant_and_none_for_events_without_one():
    from conflict_kg.kg.store import KGStore

    with KGStore(None) as store:
        store.update(_CLAIMED)
        store.refresh_summary()
        _spec, result = run_query(store, "undisputed_events")
        _cols, rows = result_rows(result)
    got = {r[0].rsplit("#", 1)[1]: (r[2], r[6]) for r in rows}
    # Two named claimants (the order of GROUP_CONCAT is not fixed), one claim without a claimant.
    assert got["e1"][0] == "claimed" and sorted(got["e1"][1].split("; ")) == ["Army A", "B 軍"]
    assert got["e2"] == ("reported", "")

