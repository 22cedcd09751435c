-- How a control claim is worded, as far as contradictions and their settlement care:
-- does its sentence report a change of hands, or that a state goes on unchanged?
-- Temp macros for this connection, shared by contradictions.sql and resolutions.sql so
-- both read a sentence the same way.

-- a claim of change (captured, withdrew, liberated...) says what holds from now on
create or replace temp macro reports_change(sentence) as regexp_matches(
    lower(sentence),
    '(captur|took|taken|seiz|liberat|withdr|pulled (back|out)|retreat|fell|fall of|entered|cleared|pushed out|raised the flag)'
);

-- a claim that a state goes on ("still hold", "continues to hold", "remains in their
-- hands", "kept", "retains") speaks for the time before it as well as for the moment
create or replace temp macro reports_continuity(sentence) as regexp_matches(
    lower(sentence),
    '\b(still|continu\w*|remain\w*|retain\w*|keep\w*|kept)\b'
);
