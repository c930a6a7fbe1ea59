"""The pages of the subtask wizard, one module each, sharing a WizardState."""
