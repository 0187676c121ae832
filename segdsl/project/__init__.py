"""Project and schema loading: ``segdsl.yml`` and ``schema.yml`` into typed models."""
