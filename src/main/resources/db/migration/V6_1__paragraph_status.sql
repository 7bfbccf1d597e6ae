-- Every draft paragraph has its own status, so generating again never overwrites a person's work:
--   UNTRANSLATED  no text yet (the engine had nothing; the box is empty)
--   MACHINE_DRAFT text from an engine, the memory or a model that no person has touched
--   EDITED        typed (or restored, or imported) by a person
--   CONFIRMED     confirmed by an editor, or approved
-- Portable SQL (H2 and PostgreSQL).
alter table draft_segment add column status varchar(16) default 'MACHINE_DRAFT' not null;

update draft_segment set status = 'EDITED' where origin = 'EDITED';
update draft_segment set status = 'UNTRANSLATED' where origin in ('UNTRANSLATED', 'FAILED') or trim(text) = '';
-- an approved draft's text is the approved text (any later edit moves the draft out of Approved)
update draft_segment set status = 'CONFIRMED'
 where status <> 'UNTRANSLATED' and draft_id in (select id from draft where state = 'APPROVED');

-- the state an output had before a generation claimed it: a run that drafts nothing, is cancelled
-- before drafting anything or fails gives the output back in that state (an approved output stays approved)
alter table draft add column drafting_from varchar(32);
