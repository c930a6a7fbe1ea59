"""The `tbn4` commands that set up an organisation and fill a year's
checklists from the command line: the same rules as the wizard (issue 11,
item 7). Imported only when one of them runs (see cli.py); each command is
one transaction, refused as a whole with one Russian line.

The commands live in cli_evidence_org / _documents / _dates / _status (their
shared pieces in cli_evidence_scope / _values / _output); this module is the
one name cli.py looks them up in."""

from __future__ import annotations

from tbn4_desktop.cli_evidence_dates import anchor_set as anchor_set
from tbn4_desktop.cli_evidence_dates import due_set as due_set
from tbn4_desktop.cli_evidence_dates import karta_import as karta_import
from tbn4_desktop.cli_evidence_documents import attach as attach
from tbn4_desktop.cli_evidence_documents import file_kind as file_kind
from tbn4_desktop.cli_evidence_documents import link as link
from tbn4_desktop.cli_evidence_documents import waive as waive
from tbn4_desktop.cli_evidence_org import applicability_list as applicability_list
from tbn4_desktop.cli_evidence_org import applicability_set as applicability_set
from tbn4_desktop.cli_evidence_org import org_init as org_init
from tbn4_desktop.cli_evidence_org import signatory_add as signatory_add
from tbn4_desktop.cli_evidence_org import signatory_list as signatory_list
from tbn4_desktop.cli_evidence_org import supervised_add as supervised_add
from tbn4_desktop.cli_evidence_org import supervised_list as supervised_list
from tbn4_desktop.cli_evidence_org import supervised_remove as supervised_remove
from tbn4_desktop.cli_evidence_scope import NO_ORGANIZATION as NO_ORGANIZATION
from tbn4_desktop.cli_evidence_scope import Scope as Scope
from tbn4_desktop.cli_evidence_scope import Target as Target
from tbn4_desktop.cli_evidence_scope import YearScope as YearScope
from tbn4_desktop.cli_evidence_status import complete as complete
from tbn4_desktop.cli_evidence_status import status as status
from tbn4_desktop.cli_evidence_status import uploaded as uploaded
