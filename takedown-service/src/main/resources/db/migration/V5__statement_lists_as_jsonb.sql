-- A statement's lists are JSON arrays, as the takedown's brand ids are: one mapping for List<String> in this service.
ALTER TABLE statement_of_reasons
    ALTER COLUMN brand_ids TYPE JSONB USING to_jsonb(brand_ids),
    ALTER COLUMN brand_names TYPE JSONB USING to_jsonb(brand_names),
    ALTER COLUMN territorial_scope TYPE JSONB USING to_jsonb(territorial_scope);
