-- The screen language a user chose (en, vi, ru); null: the browser's language.
alter table app_user add column ui_language varchar(16);
