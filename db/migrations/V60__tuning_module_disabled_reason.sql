-- Why the platform switched a tuning module off by itself (it kept failing), shown to the owner in admin.
ALTER TABLE tuning_module ADD COLUMN disabled_reason VARCHAR(1000) NULL;
