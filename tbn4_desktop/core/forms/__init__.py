"""Official forms: view-models (model.py), builders from register data, and DOCX/PDF/XLSX renderers."""
