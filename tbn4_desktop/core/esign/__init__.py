"""Electronically signed evidence (ЭЦП): CMS (PKCS#7) signatures read and
checked offline, pure Python (asn1crypto parses, cryptography verifies).

cms.py reads a signature, kz_cert.py says what a Kazakh (НУЦ РК)
certificate says, verify.py checks what can be checked offline and
report.py renders the result as text or JSON-ready data.
"""
